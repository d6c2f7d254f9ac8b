using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kabuto.Cli;

/// <summary>Renders a Spectre table as plain text: no colour, no blank line above it, no padding after the last column.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IRenderable renderable, int width = 160)
    {
        using var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(buffer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        console.Write(renderable);
        var lines = buffer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())
            .SkipWhile(string.IsNullOrEmpty).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }
}

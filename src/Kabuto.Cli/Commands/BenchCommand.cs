using System.CommandLine;
using Kabuto.Core.Errors;

namespace Kabuto.Cli.Commands;

// Placeholder until this command is built: it fails honestly rather than pretending.
internal static class BenchCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("bench", "(not built yet)");
        command.SetAction(int (ParseResult _) => throw Fail.User("'kabuto bench' is not available in this build yet"));
        return command;
    }
}

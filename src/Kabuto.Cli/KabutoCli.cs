using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Kabuto.Cli.Commands;
using Kabuto.Core.Errors;

namespace Kabuto.Cli;

/// <summary>Builds the command tree and runs it: exit 0 on success, 1 on a user error (a well-formed request the data
/// or the files cannot satisfy), 2 on bad usage (an unknown command or option, a missing argument, a value that does
/// not parse or contradicts another). Either failure is one line on stderr naming the input and the fix.</summary>
public static class KabutoCli
{
    public const int Ok = 0;
    public const int UserError = 1;
    public const int Usage = 2;

    /// <summary>A bug, not the user's input: still one line, never a stack trace (KABUTO_TRACE=1 adds it for a report).</summary>
    public const int Internal = 3;

    public const int Interrupted = 130;

    public const string TraceVariable = "KABUTO_TRACE";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var globals = new CliGlobals(stdout, stderr);
        return Run(Build(globals), args, stdout, stderr);
    }

    internal static int Run(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return Fail(stderr, Usage, ParseProblem(root, parse));
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            return Fail(stderr, Usage, $"{e.Message}; see 'kabuto {CommandPath(parse)} --help'");
        }
        catch (UserInputException e)
        {
            return Fail(stderr, UserError, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The commands name the paths they can foresee trouble with; this is what the file system said otherwise.
            return Fail(stderr, UserError, $"{e.Message.TrimEnd('.')}; check the path, its permissions and the free space");
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the command has stopped; 130 is the shell's code for an interrupt.
            return Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (Environment.GetEnvironmentVariable(TraceVariable) == "1")
            {
                stderr.WriteLine(e);
            }

            return Fail(stderr, Internal, $"internal error in 'kabuto {CommandPath(parse)}': {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}; "
                                          + $"this is a bug in kabuto, not in your input: please report it with the command ({TraceVariable}=1 prints the trace)");
        }
    }

    public static RootCommand Build(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var root = new RootCommand("Kabuto: market prices into index levels, facts, wraps and verdicts.");
        root.Options.Add(globals.Db);
        root.Options.Add(globals.Json);
        foreach (var command in Commands(globals))
        {
            RejectEmptyText(command);
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>An empty text value (often an unset shell variable) is bad usage for every argument and option,
    /// instead of reaching a command as a path, id or choice that means nothing.</summary>
    private static void RejectEmptyText(Command command)
    {
        static string? Empty(string name, IReadOnlyList<Token> tokens, string? description) =>
            tokens.Any(t => string.IsNullOrWhiteSpace(t.Value))
                ? $"{name} is empty; expected {(description is { Length: > 0 } d ? char.ToLowerInvariant(d[0]) + d[1..] : "a value")}"
                : null;

        foreach (var argument in command.Arguments.Where(a => a.ValueType == typeof(string) || a.ValueType == typeof(string[])))
        {
            argument.Validators.Add(result =>
            {
                if (Empty(argument.Name, result.Tokens, argument.Description) is { } problem)
                {
                    result.AddError(problem);
                }
            });
        }

        foreach (var option in command.Options.Where(o => o.ValueType == typeof(string)))
        {
            option.Validators.Add(result =>
            {
                if (Empty(option.Name, result.Tokens, option.Description) is { } problem)
                {
                    result.AddError(problem);
                }
            });
        }
    }

    /// <summary>"cluster feed" for a subcommand, "wrap" for a command.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult { Command: not RootCommand } command; result = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static int Fail(TextWriter stderr, int code, string message)
    {
        stderr.WriteLine($"kabuto: {OneLine(message)}");
        return code;
    }

    /// <summary>The first parse error in words: an unknown or missing command named with the list of commands; a value
    /// that is not a number named with its option; otherwise the parser's own sentence, then where to find help.</summary>
    private static string ParseProblem(RootCommand root, ParseResult parse)
    {
        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (parse.CommandResult.Command == root)
        {
            var unknown = parse.UnmatchedTokens.FirstOrDefault();
            return unknown switch
            {
                null => $"no command given; commands: {commands}; see 'kabuto --help'",
                _ when unknown.StartsWith('-') => $"unknown option '{unknown}'; give a command first ({commands}); see 'kabuto --help'",
                _ => $"unknown command '{unknown}'; commands: {commands}; see 'kabuto --help'",
            };
        }

        var error = parse.Errors[0];
        var help = $"see 'kabuto {CommandPath(parse)} --help'";
        return NotANumber(error) is { } number ? $"{number}; {help}"
            : NotAChoice(error) is { } choice ? $"{choice}; {help}"
            : $"{error.Message.TrimEnd('.')}; {help}";
    }

    /// <summary>"--feed 'foo' is unknown; use kabustation" for a value outside an option's fixed choices (the parser's
    /// own sentence spans lines: "Argument 'foo' not recognized. Must be one of:\n\t'kabustation'").</summary>
    private static string? NotAChoice(ParseError error)
    {
        const string Marker = "Must be one of:";
        var at = error.Message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var name = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            ArgumentResult a => a.Argument.Name,
            OptionResult o => o.Option.Name,
            _ => "value",
        };
        var choices = error.Message[(at + Marker.Length)..].Split('\'', StringSplitOptions.TrimEntries)
            .Where((part, i) => i % 2 == 1).ToList();
        var given = error.Message[..at].Split('\'') is [_, var value, ..] ? value : string.Empty;
        return choices.Count == 0 ? null : $"{name} '{given}' is unknown; use {string.Join(" or ", choices)}";
    }

    /// <summary>"--ticks 'many' is not a whole number; write e.g. 1000" for a value the parser could not convert.</summary>
    private static string? NotANumber(ParseError error)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult o } a => (o.Option.Name, a.Argument.ValueType, a.Tokens),
            ArgumentResult a => (a.Argument.Name, a.Argument.ValueType, a.Tokens),
            OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens),
            _ => (string.Empty, typeof(void), (IReadOnlyList<Token>)[]),
        };
        var text = tokens.Count == 1 ? tokens[0].Value : null;
        var inv = CultureInfo.InvariantCulture;
        return text switch
        {
            null => null,
            _ when type == typeof(int) && !int.TryParse(text, NumberStyles.Integer, inv, out _) => WholeNumber(name, text, int.MinValue, int.MaxValue),
            _ when type == typeof(long) && !long.TryParse(text, NumberStyles.Integer, inv, out _) => WholeNumber(name, text, long.MinValue, long.MaxValue),
            _ when type == typeof(double) && !double.TryParse(text, NumberStyles.Float, inv, out _) => $"{name} '{text}' is not a number; write e.g. 0.01",
            _ => null,
        };
    }

    private static string WholeNumber(string name, string text, long min, long max) =>
        text.Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.TrimStart('-', '+').Length > 0
            ? $"{name} '{text}' is out of range; give a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}"
            : $"{name} '{text}' is not a whole number; write e.g. {(name == "year" ? "2026" : "1000")}";

    /// <summary>One line whatever the input held: line breaks and control characters are shown escaped.</summary>
    private static string OneLine(string text)
    {
        if (!text.Any(IsBreaking))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsBreaking(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return line.ToString();
    }

    private static bool IsBreaking(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static IEnumerable<Command> Commands(CliGlobals g) =>
    [
        DemoCommand.Create(g),
        ImportCommand.Create(g),
        FetchCommand.Create(g),
        WatchCommand.Create(g),
        IndicesCommand.Create(g),
        LevelsCommand.Create(g),
        VerifyCommand.Create(g),
        CalendarCommand.Create(g),
        DayCommand.Create(g),
        RecordsCommand.Create(g),
        WrapCommand.Create(g),
        CheckCommand.Create(g),
        CheckEvalCommand.Create(g),
        ReplayCommand.Create(g),
        SimulateCommand.Create(g),
        BenchCommand.Create(g),
        ServeCommand.Create(g),
        ShadowCommand.Create(g),
        LiveCommand.Create(g),
        ClusterCommand.Create(g),
    ];
}

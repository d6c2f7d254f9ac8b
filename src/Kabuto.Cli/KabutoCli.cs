using System.CommandLine;
using Kabuto.Cli.Commands;
using Kabuto.Core.Errors;

namespace Kabuto.Cli;

/// <summary>Builds the command tree and runs it: exit 0 on success, 1 on a user error (one line naming the input and
/// the fix), 2 on bad usage.</summary>
public static class KabutoCli
{
    public const int Ok = 0;
    public const int UserError = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var globals = new CliGlobals(stdout, stderr);
        var root = Build(globals);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"kabuto: {error.Message}");
            }

            stderr.WriteLine("kabuto: see 'kabuto --help'");
            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            stderr.WriteLine($"kabuto: {e.Message}");
            return UserError;
        }
    }

    public static RootCommand Build(CliGlobals globals)
    {
        var root = new RootCommand("Kabuto: market prices into index levels, facts, wraps and verdicts.");
        root.Options.Add(globals.Db);
        root.Options.Add(globals.Json);
        foreach (var command in Commands(globals))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliGlobals g) =>
    [
        DemoCommand.Create(g),
        ImportCommand.Create(g),
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
    ];
}

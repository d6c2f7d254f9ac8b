using System.CommandLine;
using Kabuto.Core.Errors;

namespace Kabuto.Cli.Commands;

// Placeholder until this command is built: it fails honestly rather than pretending.
internal static class DemoCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("demo", "(not built yet)");
        command.SetAction(int (ParseResult _) => throw Fail.User("'kabuto demo' is not available in this build yet"));
        return command;
    }
}

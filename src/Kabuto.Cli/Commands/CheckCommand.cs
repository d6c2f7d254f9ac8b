using System.CommandLine;
using Kabuto.Core.Errors;

namespace Kabuto.Cli.Commands;

// Placeholder until this command is built: it fails honestly rather than pretending.
internal static class CheckCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("check", "(not built yet)");
        command.SetAction(int (ParseResult _) => throw Fail.User("'kabuto check' is not available in this build yet"));
        return command;
    }
}

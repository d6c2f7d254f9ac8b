using System.CommandLine;
using Kabuto.Core.Errors;

namespace Kabuto.Cli.Commands;

// Placeholder until this command is built: it fails honestly rather than pretending.
internal static class ImportCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("import", "(not built yet)");
        command.SetAction(int (ParseResult _) => throw Fail.User("'kabuto import' is not available in this build yet"));
        return command;
    }
}

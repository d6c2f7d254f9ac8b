using System.CommandLine;
using Kabuto.Core.Errors;

namespace Kabuto.Cli.Commands;

// Placeholder until this command is built: it fails honestly rather than pretending.
internal static class CalendarCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("calendar", "(not built yet)");
        command.SetAction(int (ParseResult _) => throw Fail.User("'kabuto calendar' is not available in this build yet"));
        return command;
    }
}

namespace Kabuto.Core.Errors;

/// <summary>Bad input from a user (a file, a row, an argument): the message names the input, the value and the fix.
/// The CLI prints the message on one line and exits 1.</summary>
public sealed class UserInputException(string message) : Exception(message);

/// <summary>The one place errors about input are built, so every message has the same parts.</summary>
public static class Fail
{
    private const int ShownValueLength = 80;

    /// <summary>"FILE:LINE: FIELD 'VALUE' is WHAT; FIX". A value longer than 80 characters is shown cut, ending in "...".</summary>
    public static UserInputException Input(string source, int? line, string field, string? value, string problem, string fix)
    {
        var where = line is null ? source : $"{source}:{line}";
        var shown = value switch
        {
            null => string.Empty,
            { Length: > ShownValueLength } => $" '{value[..(ShownValueLength - 3)]}...'",
            _ => $" '{value}'",
        };
        return new UserInputException($"{where}: {field}{shown} {problem}; {fix}");
    }

    /// <summary>A free-form user error (still one line, still naming the input and the fix).</summary>
    public static UserInputException User(string message) => new(message);
}

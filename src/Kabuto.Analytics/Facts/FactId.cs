using System.Globalization;

namespace Kabuto.Analytics.Facts;

/// <summary>The one place fact ids are spelled: "{index}:{date}:{session}:{kind}" plus ":{subject}" (see <see cref="Fact"/>).
/// The same fact gets the same id whichever query produced it (a day's facts, the record history, a wrap).</summary>
public static class FactId
{
    public static string For(string index, DateOnly date, string session, string kind, string? subject = null) =>
        subject is null
            ? string.Create(CultureInfo.InvariantCulture, $"{index}:{date:yyyy-MM-dd}:{session}:{kind}")
            : string.Create(CultureInfo.InvariantCulture, $"{index}:{date:yyyy-MM-dd}:{session}:{kind}:{subject}");
}

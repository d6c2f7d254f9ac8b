namespace Kabuto.Writing.Facts;

/// <summary>A full fact source for a few series and a light one for the rest.</summary>
public sealed class TieredDayFacts(IDayFacts full, IDayFacts light, IReadOnlyCollection<string> fullSeries) : IDayFacts
{
    public IReadOnlyList<Kabuto.Analytics.Facts.Fact> Day(string seriesId, DateOnly date) =>
        fullSeries.Contains(seriesId) ? full.Day(seriesId, date) : light.Day(seriesId, date);
}

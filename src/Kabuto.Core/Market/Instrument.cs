namespace Kabuto.Core.Market;

/// <summary>A listed instrument with its classification (TSE 33/17 sectors, market segment, TOPIX size class).</summary>
public sealed record Instrument(string Code, string Name)
{
    public string? NameJa { get; init; }
    public string? Sector33Code { get; init; }
    public string? Sector33Name { get; init; }
    public string? Sector17Code { get; init; }
    public string? Sector17Name { get; init; }
    public string? MarketSegment { get; init; }
    public string? ScaleCategory { get; init; }
}

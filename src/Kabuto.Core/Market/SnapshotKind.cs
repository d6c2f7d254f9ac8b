namespace Kabuto.Core.Market;

/// <summary>Why the live engine took a snapshot. A snapshot can be several at once (the 11:30 cadence point is also the
/// morning close). In Core because the store keeps it too (computed_levels.marks, the same values as an integer).</summary>
[Flags]
public enum SnapshotKind : byte
{
    None = 0,

    /// <summary>The index's dissemination cadence (every tick, 1 s, 5 s).</summary>
    Cadence = 1,

    /// <summary>The index's first cadence snapshot after the session open: its opening value.</summary>
    Open = 2,
    MorningClose = 4,
    Close = 8,
}

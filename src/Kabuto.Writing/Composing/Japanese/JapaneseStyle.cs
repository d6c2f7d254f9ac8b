namespace Kabuto.Writing.Composing.Japanese;

/// <summary>The size word of a move: 小幅, none, 大幅, 急.</summary>
public enum MoveSize
{
    Small,
    Plain,
    Large,
    Sharp,
}

/// <summary>House settings of the Japanese wrap. No outlet defines the size words; the defaults follow what the
/// style guide observed (小幅 0.03–0.29%, plain 0.17–0.97%, 大幅 1.2–3.1%, 急 above 3%): 小幅 under
/// <see cref="SmallBelowPct"/>, 大幅 from <see cref="LargeFromPct"/>, 急 from <see cref="SharpFromPct"/>.
/// <see cref="PadAfterMan"/> chooses 「2万0868円」 (Nikkei, Jiji, Kyodo) over 「2万868円」 (Yomiuri, Mainichi).</summary>
public sealed record JapaneseStyle
{
    public static JapaneseStyle Default { get; } = new();

    public decimal SmallBelowPct { get; init; } = 0.30m;

    public decimal LargeFromPct { get; init; } = 1.00m;

    public decimal SharpFromPct { get; init; } = 3.00m;

    public bool PadAfterMan { get; init; } = true;

    /// <summary>Sessions looked back for a streak or a 「N日ぶり」 count; a longer run is told without its count.</summary>
    public int LookbackSessions { get; init; } = 30;

    public MoveSize Size(decimal changePct)
    {
        var size = Math.Abs(changePct);
        return size < SmallBelowPct ? MoveSize.Small
            : size < LargeFromPct ? MoveSize.Plain
            : size < SharpFromPct ? MoveSize.Large
            : MoveSize.Sharp;
    }
}

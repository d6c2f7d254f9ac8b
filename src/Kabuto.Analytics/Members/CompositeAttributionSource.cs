namespace Kabuto.Analytics.Members;

/// <summary>Asks each source in turn: an official definition first, an estimated (shadow) basket after it.</summary>
public sealed class CompositeAttributionSource(IReadOnlyList<IAttributionSource> sources) : IAttributionSource
{
    public MemberMove? MoveInto(string index, DateOnly date)
    {
        foreach (var source in sources)
        {
            if (source.MoveInto(index, date) is { } move)
            {
                return move;
            }
        }

        return null;
    }
}

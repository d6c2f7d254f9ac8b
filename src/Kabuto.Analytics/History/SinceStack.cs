namespace Kabuto.Analytics.History;

/// <summary>Answers "the last earlier row whose value beats this one" in amortised O(1): the stack keeps only rows
/// not yet beaten by a later row, so each row is pushed and popped at most once. Used for "highest since",
/// "lowest since" and "largest gain/fall since".</summary>
internal sealed class SinceStack(bool higher)
{
    private readonly List<(int Index, decimal Value)> _rows = [];

    /// <summary>The last earlier row with a strictly higher (or, for a "lower" stack, strictly lower) value, or -1;
    /// then remembers this row.</summary>
    public int Push(int index, decimal value)
    {
        while (_rows.Count > 0 && !Beats(_rows[^1].Value, value))
        {
            _rows.RemoveAt(_rows.Count - 1);
        }

        var since = _rows.Count > 0 ? _rows[^1].Index : -1;
        _rows.Add((index, value));
        return since;
    }

    private bool Beats(decimal earlier, decimal value) => higher ? earlier > value : earlier < value;
}

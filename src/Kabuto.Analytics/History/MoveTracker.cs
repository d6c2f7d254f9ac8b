namespace Kabuto.Analytics.History;

/// <summary>One ranked daily move: the row and the move's size (points or exact percent; falls as positive sizes).</summary>
public readonly record struct RankedMove(int Index, decimal Size);

/// <summary>The largest daily gains and falls, ranked separately by points and by percent, as they stood on each day.
/// Only the top <see cref="Kept"/> of each ranking is kept: a move outside it has no rank worth publishing.</summary>
internal sealed class MoveTracker
{
    public const int Kept = 20;

    private readonly TopList _gainPoints = new();
    private readonly TopList _gainPercent = new();
    private readonly TopList _fallPoints = new();
    private readonly TopList _fallPercent = new();
    private readonly SinceStack _biggerGain = new(higher: true);
    private readonly SinceStack _biggerFall = new(higher: true);

    public IReadOnlyList<RankedMove> GainsByPoints => _gainPoints.Moves;

    public IReadOnlyList<RankedMove> GainsByPercent => _gainPercent.Moves;

    public IReadOnlyList<RankedMove> FallsByPoints => _fallPoints.Moves;

    public IReadOnlyList<RankedMove> FallsByPercent => _fallPercent.Moves;

    /// <param name="acrossGap">The row follows missing trading days: its move spans several sessions and is not ranked
    /// among daily moves.</param>
    public MoveRanks Observe(SeriesColumns series, int index, bool acrossGap = false)
    {
        var points = series.ChangePoints(index);
        if (index == 0 || points == 0m || acrossGap)
        {
            return new MoveRanks(0, 0, 0, 0, -1, -1);
        }

        var prior = series.CloseList[index - 1];
        return points > 0m
            ? new MoveRanks(_gainPoints.Insert(index, points), InsertPercent(_gainPercent, index, points, prior), 0, 0, _biggerGain.Push(index, points), -1)
            : new MoveRanks(0, 0, _fallPoints.Insert(index, -points), InsertPercent(_fallPercent, index, -points, prior), -1, _biggerFall.Push(index, -points));
    }

    // Most days are nowhere near the top: a multiplication rejects them before the (slower) decimal division.
    private static int InsertPercent(TopList list, int index, decimal size, decimal prior) =>
        prior <= 0m || (list.IsFull && size * 100m <= list.Smallest * prior)
            ? 0
            : list.Insert(index, Facts.FactMath.ExactPercent(size, prior));

    private sealed class TopList
    {
        private readonly List<RankedMove> _moves = new(Kept + 1);

        public IReadOnlyList<RankedMove> Moves => _moves;

        public bool IsFull => _moves.Count == Kept;

        public decimal Smallest => _moves[^1].Size;

        /// <summary>Rank of the new move (an equal earlier move ranks ahead), or 0 when it is outside the top.</summary>
        public int Insert(int index, decimal size)
        {
            if (IsFull && size <= Smallest)
            {
                return 0;
            }

            var position = 0;
            while (position < _moves.Count && _moves[position].Size >= size)
            {
                position++;
            }

            if (position >= Kept)
            {
                return 0;
            }

            _moves.Insert(position, new RankedMove(index, size));
            if (_moves.Count > Kept)
            {
                _moves.RemoveAt(Kept);
            }

            return position + 1;
        }
    }
}

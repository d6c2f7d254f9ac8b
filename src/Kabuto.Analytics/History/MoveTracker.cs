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

    public MoveRanks Observe(SeriesColumns series, int index)
    {
        var points = series.ChangePoints(index);
        if (index == 0 || points == 0m)
        {
            return new MoveRanks(0, 0, 0, 0, -1, -1);
        }

        var percent = series.ChangeExactPercent(index);
        return points > 0m
            ? new MoveRanks(_gainPoints.Insert(index, points), _gainPercent.Insert(index, percent), 0, 0, _biggerGain.Push(index, points), -1)
            : new MoveRanks(0, 0, _fallPoints.Insert(index, -points), _fallPercent.Insert(index, -percent), -1, _biggerFall.Push(index, -points));
    }

    private sealed class TopList
    {
        private readonly List<RankedMove> _moves = new(Kept + 1);

        public IReadOnlyList<RankedMove> Moves => _moves;

        /// <summary>Rank of the new move (an equal earlier move ranks ahead), or 0 when it is outside the top.</summary>
        public int Insert(int index, decimal size)
        {
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

namespace Kabuto.Analytics.History;

// Every field below is a row index into the series (-1 = none), so a 60-year history stays a compact array and
// every value a fact publishes is read back from the official rows, never copied. The one exception is an extreme
// of the index catalogue (HistoryAccumulator.Scope.Catalogue[k]), coded as RecordState.Catalogue(k) = -2 - k.

/// <summary>Record state as it stood on one day.</summary>
/// <param name="CloseRecordBefore">Row holding the highest close before this day, or a catalogue extreme (<see cref="IsCatalogue"/>).</param>
/// <param name="HighRecordBefore">Row holding the highest known print before this day (its high, or its close when it
/// has none), or a catalogue extreme.</param>
/// <param name="CloseLowBefore">Row holding the lowest close before this day, or a catalogue extreme.</param>
/// <param name="HigherCloseBefore">The last earlier row with a strictly higher close ("highest since").</param>
/// <param name="LowerCloseBefore">The last earlier row with a strictly lower close ("lowest since").</param>
/// <param name="RecordCloseStreak">Consecutive record closes ending today (0 when today is not one).</param>
/// <param name="HighsKnown">The highest close of the index's whole history before this day is known (a complete
/// history, or a catalogue peak before this day), so a higher close is a record.</param>
/// <param name="LowsKnown">The same for the lowest close.</param>
public readonly record struct RecordState(
    int CloseRecordBefore,
    int HighRecordBefore,
    int CloseLowBefore,
    int HigherCloseBefore,
    int LowerCloseBefore,
    int RecordCloseStreak,
    bool HighsKnown,
    bool LowsKnown)
{
    /// <summary>No earlier row (the first row of a history without a known prior extreme).</summary>
    public const int None = -1;

    /// <summary>The code of the catalogue extreme <c>Scope.Catalogue[k]</c>.</summary>
    public static int Catalogue(int k) => -2 - k;

    public static bool IsCatalogue(int code) => code <= -2;

    /// <summary>The position in <c>Scope.Catalogue</c> of a catalogue code.</summary>
    public static int CatalogueIndex(int code) => -2 - code;
}

/// <summary>Consecutive gains and losses ending today (one of them is 0; both on an unchanged day).</summary>
public readonly record struct StreakState(int Gains, int Losses);

/// <summary>The rows periods are measured from: the last close of the previous week (ISO, Monday start), month and
/// year, and the rows of the highest and lowest close of the trailing 52 weeks (one calendar year) including today.</summary>
public readonly record struct PeriodState(int WeekBase, int MonthBase, int YearBase, int High52, int Low52);

/// <summary>Today's move ranked against every earlier day, as it stood (1 = largest; 0 = not a gain/fall or outside
/// the kept top). BiggerGainBefore/BiggerFallBefore: the last earlier row with a strictly larger point gain/fall.</summary>
public readonly record struct MoveRanks(
    int GainPoints,
    int GainPercent,
    int FallPoints,
    int FallPercent,
    int BiggerGainBefore,
    int BiggerFallBefore);

/// <summary>What history says about one trading day, computed from that day and the days before it only.</summary>
public readonly record struct HistoryDay(RecordState Records, StreakState Streaks, PeriodState Periods, MoveRanks Moves);

/// <summary>A completed month (known once a later month's first row arrives): its last row and its records as they
/// stood among all earlier month-ends.</summary>
/// <param name="Index">The month's last row.</param>
/// <param name="PreviousMonthEnd">The previous month's last row (-1 for the first month held).</param>
/// <param name="PreviousYearEnd">For a December (or last-of-year) row: the previous year's last row, else -1.</param>
public readonly record struct MonthEnd(
    int Index,
    int PreviousMonthEnd,
    bool IsYearEnd,
    int PreviousYearEnd,
    bool IsRecordMonthEndClose,
    bool IsRecordMonthlyGain,
    bool IsRecordMonthlyFall,
    bool IsRecordYearEndClose);

namespace Kabuto.Analytics.Facts;

/// <summary>The catalogue of fact kinds: the contract between analytics (which produces them), the writer and the
/// checker (which consume them). Add kinds freely; never rename one.</summary>
public static class FactKinds
{
    // Day facts (session = close, morning or afternoon).
    public const string Open = "open";
    public const string High = "high";
    public const string Low = "low";
    public const string Close = "close";
    public const string PreviousClose = "previous_close";
    public const string ChangePoints = "change_points";
    public const string ChangePercent = "change_pct";
    public const string GapAtOpenPoints = "gap_at_open_points";
    public const string RangePosition = "range_position_pct";
    public const string IntradayHighChangePercent = "intraday_high_change_pct";
    public const string IntradayLowChangePercent = "intraday_low_change_pct";

    // A day whose previous row is not the previous trading day (the store holds no row for a trading day in between):
    // the change since the last row held is not a daily change, so it is given under these kinds, never as change_pct.
    public const string MissingSessionsBefore = "missing_sessions_before";
    public const string ChangeSinceLastHeldPoints = "change_since_last_held_points";
    public const string ChangeSinceLastHeldPercent = "change_since_last_held_pct";

    // Records (value = the level; ReferenceDate/ReferenceValue = the record it beat or the "since" day).
    public const string RecordClose = "record_close";
    public const string RecordIntradayHigh = "record_intraday_high";
    public const string RecordCloseLow = "record_close_low";
    public const string HighestCloseSince = "highest_close_since";
    public const string LowestCloseSince = "lowest_close_since";
    public const string FirstRecordSince = "first_record_close_since";
    public const string DistanceToRecordPercent = "distance_to_record_pct";
    public const string RecordCloseStreak = "record_close_streak";

    // Milestones (Subject = the round level).
    public const string FirstCloseAbove = "first_close_above";
    public const string FirstCloseBelow = "first_close_below";
    public const string FirstPrintAbove = "first_print_above";
    public const string DistanceToNextLevel = "distance_to_next_level_points";

    // Streaks and periods.
    public const string GainStreak = "gain_streak_days";
    public const string LossStreak = "loss_streak_days";
    public const string WeekChangePercent = "week_change_pct";
    public const string MonthChangePercent = "month_change_pct";
    public const string YearToDateChangePercent = "ytd_change_pct";
    public const string FiftyTwoWeekHigh = "fifty_two_week_high";
    public const string FiftyTwoWeekLow = "fifty_two_week_low";

    // Rankings of daily moves (value = rank, 1 = largest; ReferenceValue = the move).
    public const string RankGainPoints = "rank_gain_points";
    public const string RankGainPercent = "rank_gain_pct";
    public const string RankFallPoints = "rank_fall_points";
    public const string RankFallPercent = "rank_fall_pct";
    public const string LargestGainSincePoints = "largest_gain_since_points";
    public const string LargestFallSincePoints = "largest_fall_since_points";

    // Members and sectors (Subject = member code or sector code).
    public const string MemberContributionPoints = "contribution_points";
    public const string MemberChangePercent = "member_change_pct";
    public const string MemberClose = "member_close";
    public const string ContributionResidualPoints = "contribution_residual_points";
    public const string SectorChangePercent = "sector_change_pct";
    public const string SectorRank = "sector_rank";
    public const string Advancers = "advancers";
    public const string Decliners = "decliners";
    public const string Unchanged = "unchanged";

    /// <summary>The value traded on a market (subject "prime": every Prime issue that traded), in yen; only when every
    /// such issue's bar gives its turnover.</summary>
    public const string Turnover = "turnover";

    /// <summary>The same sum when some issues' bars give no turnover: the sum of those that do, never the market's
    /// turnover (the inputs say how many lack one).</summary>
    public const string TurnoverPartial = "turnover_partial";
    public const string TopContributorsSharePercent = "top_contributors_share_pct";
    public const string ChangeExcludingTopPoints = "change_excluding_top_points";

    // Cross-market (Subject = market id or the pair).
    public const string RegionalClose = "regional_close";
    public const string RegionalChangePercent = "regional_change_pct";
    public const string NikkeiTopixRatio = "nt_ratio";
    public const string NikkeiTopixDivergencePoints = "nt_divergence_pct_points";
    public const string YenLevel = "usdjpy_level";
    public const string YenChange = "usdjpy_change";

    // Added by the facts helper (issue 4): period points, month-end and year-end records.
    public const string WeekChangePoints = "week_change_points";
    public const string MonthChangePoints = "month_change_points";
    public const string YearToDateChangePoints = "ytd_change_points";
    public const string MonthlyChangePoints = "monthly_change_points";
    public const string MonthlyChangePercent = "monthly_change_pct";
    public const string RecordMonthlyGainPoints = "record_monthly_gain_points";
    public const string RecordMonthlyFallPoints = "record_monthly_fall_points";
    public const string RecordMonthEndClose = "record_month_end_close";
    public const string YearEndClose = "year_end_close";
    public const string YearChangePoints = "year_change_points";
    public const string YearChangePercent = "year_change_pct";
    public const string RecordYearEndClose = "record_year_end_close";

    // Added by the facts helper (issue 4): cross-market and members.
    public const string RegionalChangePoints = "regional_change_points";
    public const string YenChangePercent = "usdjpy_change_pct";
    public const string YenWeaker = "yen_weaker";
    public const string TopDriverRank = "top_driver_rank";
    public const string TopDraggerRank = "top_dragger_rank";
    public const string SectorContributionPoints = "sector_contribution_points";
    public const string MemberCount = "member_count";

    // The basket's members without a close on the day or the day before (none when every member is priced): their
    // points are in the residual, and rankings of the members are of those held.
    public const string MemberUnpricedCount = "member_unpriced_count";

    // Added by the history helper: the highest (lowest) close of an incomplete history that knows no earlier peak
    // (trough) of the index, stated instead of a record (ReferenceDate = the first row held).
    public const string HighestCloseInHeldHistory = "highest_close_in_held_history";

    // Added with the TOPIX-17 series (Subject = the master's S17 code, provenance "topix17_index:JPX-CODE").
    public const string Sector17ChangePercent = "sector17_change_pct";
    public const string Sector17Rank = "sector17_rank";
    public const string LowestCloseInHeldHistory = "lowest_close_in_held_history";
}

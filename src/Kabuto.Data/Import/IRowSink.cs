using Kabuto.Core.Market;

namespace Kabuto.Data.Import;

/// <summary>Where importers put rows. Each data line is passed once as accepted record(s) or once as a rejection;
/// the sink counts rows read per distinct line, so imported + quarantined = rows read.</summary>
public interface IRowSink
{
    void Bar(int line, string seriesId, DailyBar bar);

    void Member(int line, MemberBar bar);

    /// <summary>A source's description of an instrument; which source's value each field takes is decided by source
    /// rank and language, not by import order (Store.InstrumentPrecedence).</summary>
    void Instrument(int line, Instrument instrument);

    void Membership(int line, MembershipRow row);

    void Tick(int line, in TickRow tick);

    /// <summary>An index level an outlet printed for a moment of a session (stored in session_levels).</summary>
    void SessionLevel(int line, PublishedSessionLevel level);

    /// <summary>The row is quarantined: stored with its raw text, the rule it broke and why.</summary>
    void Reject(int line, string raw, string rule, string? value, string reason);

    /// <summary>A finding that does not quarantine anything (a file-level fact such as descending order).</summary>
    void Note(int line, string rule, string? value, string message);
}

/// <summary>An index membership with its price adjustment factor (the shadow index's inputs).</summary>
public readonly record struct MembershipRow(string IndexId, string Code, DateOnly ValidFrom, DateOnly? ValidTo, decimal? Paf, string? PafSource);

/// <summary>One tick. Prices in ten-thousandths (LEAN deci-cents); Kind 0 trade, 1 bid, 2 ask.</summary>
public readonly record struct TickRow(string Symbol, DateOnly Day, int TimeMs, byte Kind, long PriceE4, long Size, string Exchange, int Condition, bool Suspicious);

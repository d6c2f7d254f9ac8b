using System.Text.RegularExpressions;

namespace Kabuto.Checking;

/// <summary>The extractor's regular expressions, in one place so their vocabulary can be read (and extended) at once.</summary>
internal static partial class Patterns
{
    private const string Num = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string LevelNum = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?)";
    private const string Hedge = @"(?:(?<hedge>about|around|roughly|some|approximately|nearly|almost|just under|close to|more than|over|above|in excess of|less than|under|below|as much as|<|>)\s*)?";
    private const string Hedge2 = @"(?:(?<hedge2>about|around|roughly|some|approximately|nearly|almost|just under|close to|more than|over|above|in excess of|less than|under|below|as much as|<|>)\s*)?";
    private const string Num2 = @"(?<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    /// <summary>The percent unit as wires write it: "2.05%", "2.45 pct", "4.80 percent", "1.15 per cent".</summary>
    // A word of a company's name, with an ampersand joint ("Seven & i Holdings", "MS&AD", "T&D Holdings").
    private const string NameWord = @"[A-Z][\w&'\-]*(?:\s+&\s+[A-Za-z][\w'\-]*)?";
    private const string Pct = @"(?:\s?%|\s+(?:pct|percent|per\s+cent)\b)";
    private const string Up = "surged|soared|jumped|rose|risen|advance|climb|gained|added|climbed|advanced|rallied|rebounded|recovered|spiked|leapt|leaped|firmed|edged up|inched up|ticked up|was up|were up|up|higher|increased|rising|gaining|climbing|jumping|surging|soaring|advancing|adding|rallying|rebounding|rises|gains|jumps|surges|soars|climbs|advances|rallies";
    private const string Down = "fell|fallen|decline|slip|slipped|dropped|declined|lost|shed|gave up|giving up|gives up|tumbled|plunged|plummeted|tanked|nosedived|sank|slid|eased|dipped|dived|retreated|was down|were down|down|lower|falling|slipping|dropping|declining|losing|shedding|sliding|tumbling|plunging|sinking|slumping|slumped|skidded|dive|dives|falls|drops|plunges|tumbles|sinks|slides|slips|sheds|loses";
    private const string UpNoun = "gain|rise|advance|jump|surge|increase|rally";
    private const string DownNoun = "fall|drop|decline|loss|slide|plunge|slump";

    private const string Ord = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|ten|\\d+(?:st|nd|rd|th)?";
    private const string MonthName = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    /// <summary>Streaks as wires word them: "winning streak to a fourth session", "extended its losing streak to three
    /// trading days", "extends rally to sixth session", "moved higher in back-to-back sessions", "rose for the first
    /// time in four market days".</summary>
    [GeneratedRegex(@"\b(?<dir>winning|losing)\s+streak\s+(?:to|into|at)\s+(?:a\s+|an\s+)?(?<n>" + Ord + @")\s+(?:straight\s+|consecutive\s+|trading\s+|market\s+)*(?:sessions?|days?)\b|\bextend\w*\s+(?:its\s+|their\s+)?(?:(?<dir>winning|losing)\s+streak|(?<dir>rally|gains|advance|losses|slide|declines?|fall))\s+(?:in)?to\s+(?:a\s+|an\s+|the\s+)?(?<n>" + Ord + @")\s+(?:straight\s+|consecutive\s+|trading\s+|market\s+)*(?:sessions?|days?)\b|\b(?<dir>moved higher|moved lower|rose|gained|advanced|fell|declined|dropped)\s+(?:in|for)\s+(?<n>back-to-back)\s+sessions\b|\b(?<dir>rose|gained|advanced|climbed|fell|dropped|declined|slipped|lost ground)\s+for\s+the\s+(?<first>first)\s+time\s+in\s+(?<n>" + Ord + @")\s+(?:straight\s+|trading\s+|market\s+)*(?:sessions|days)\b", RegexOptions.IgnoreCase)]
    public static partial Regex StreakPhrase();

    /// <summary>"the highest finish since Feb. 22, 1990", "its lowest close since August 6", "highest level since July
    /// 16, 2024", "an eight-month low", "a one-year high of", "34-year lows".</summary>
    [GeneratedRegex(@"\b(?<ext>highest|lowest|strongest|weakest)\s+(?:close|closing(?:\s+(?:level|high|low))?|finish|level|end|ending\s+level|point)?\s*since\s+(?<since>(?:(?<month>" + MonthName + @")\.?\s*(?:(?<day>\d{1,2})(?:st|nd|rd|th)?)?,?\s*)?(?<year>(?:19|20)\d\d)?)\b|\b(?<span>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)-(?<unit>year|month|week)\s+(?<ext>high|low|highs|lows)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ExtremeSince();

    /// <summary>Words before an extreme that make it a past one or one not reached: "retreated from", "near", "off".</summary>
    [GeneratedRegex(@"\b(?:retreat\w* from|fell from|slipped from|pulled back from|came off|off|near|close to|approaching|shy of|below|above|from)\s+(?:(?:its|their|an?|the|fresh|new)\s+)*$", RegexOptions.IgnoreCase)]
    public static partial Regex NotReached();

    /// <summary>Words before a record that leave it behind or unreached: "retreated from", "pulling back from", "came
    /// off", "below", "short of", "away from".</summary>
    [GeneratedRegex(@"\b(?:retreat\w*|pull\w*\s+back|slip\w*|fell|falling|dropp\w*|eas\w*|backed\s+away|came|coming|moved\s+away|away|down|off|below|under|short|shy|beneath|from)\s+(?:from\s+|of\s+)?(?:(?:its|their|an?|the|this|last|recent|fresh|new|latest|previous|earlier|\w+'s)\s+)*$", RegexOptions.IgnoreCase)]
    public static partial Regex LeftBehind();

    /// <summary>"about 3% below its all-time high of": the level after it is the record's, not the day's.</summary>
    [GeneratedRegex(@"\b(?:below|under|from|off|short of|away from|shy of)\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}(?:high|highs|peak|record|low|lows|close)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex RecordLeftBehind();

    /// <summary>Nouns that make a figure after an index's name the figure of something else: "the Nikkei's
    /// price-to-earnings ratio rose", "the Nikkei volatility index".</summary>
    [GeneratedRegex(@"\b(?:ratio|ratios|volatility|VI|yield|yields|futures|valuation|valuations|multiple|earnings|turnover|volume|options|weighting|weight|dividend)\b", RegexOptions.IgnoreCase)]
    public static partial Regex OtherSubjectNoun();

    /// <summary>"closed near an eight-month low": an extreme approached, judged on how near.</summary>
    [GeneratedRegex(@"\b(?:near|nears|neared|nearing|close to|approach\w*)\s+(?:(?:its|their|an?|the|fresh|new)\s+)*$", RegexOptions.IgnoreCase)]
    public static partial Regex NearWord();

    /// <summary>A whole falling verb or noun: the sign of a move read with it.</summary>
    [GeneratedRegex(@"^(?:" + Down + "|" + DownNoun + @"|lower)$", RegexOptions.IgnoreCase)]
    public static partial Regex FallingWord();

    /// <summary>"rose about 2.7%", "was up 1.83%", "jumped as much as 3%".</summary>
    [GeneratedRegex(@"\b(?<verb>" + Up + "|" + Down + @")(?:\s+(?:by|of))?\s+" + Hedge + Num + Pct + @"(?:(?:,?\s+or\s+|\s*\()(?<pts>" + Hedge2 + Num2 + @"\s+points?\b))?", RegexOptions.IgnoreCase)]
    public static partial Regex VerbPercent();

    /// <summary>A figure, then its direction: "finished 90.19 points, or 3.18%, higher", "ended 1.2% lower".</summary>
    [GeneratedRegex(@"\b(?:closed|ended|finished|closes|ends|finishes|settled|was|were|stood|ending|finishing|closing)\s+(?:(?<pts>" + Hedge + Num + @"\s+points?)(?:,?\s+or\s+(?<pct>" + Hedge2 + Num2 + Pct + @"))?|(?<pct>" + Hedge2 + Num2 + Pct + @"))\s*,?\s+(?<dir>higher|lower)\b", RegexOptions.IgnoreCase)]
    public static partial Regex FigureThenDirection();

    /// <summary>"a 20% gain", "the index's 17% surge", "a gain of less than 0.1%".</summary>
    [GeneratedRegex(Hedge + Num + Pct + @"\s+(?<noun>" + UpNoun + "|" + DownNoun + @")\b|\b(?<noun2>" + UpNoun + "|" + DownNoun + @") of\s+" + Hedge2 + Num2 + Pct, RegexOptions.IgnoreCase)]
    public static partial Regex NounPercent();

    /// <summary>"took the index's gains for October to 16.6%", "extend its winning run to 7.5 percent since Aug 4": a
    /// running total over a period.</summary>
    [GeneratedRegex(@"\b(?<noun>gains|gain|losses|loss|rally|advance|decline|slide|winning run|losing run)\s+(?:(?:for|in|since|this|over)\s+[^,;%]{1,30}?\s+)?to\s+" + Hedge + Num + Pct, RegexOptions.IgnoreCase)]
    public static partial Regex CumulativePercent();

    /// <summary>A year-end record: "its best year-end level ever", "a record year-end high", "the previous year-end record
    /// closing high of 38,915.87".</summary>
    [GeneratedRegex(@"\b(?<prev>previous\s+|prior\s+|earlier\s+)?(?:(?:best|highest|record)\s+year-end\s+(?:level|close|closing\s+(?:high|level)|high|finish)|year-end\s+record(?:\s+closing\s+high|\s+close|\s+high)?)(?:\s+(?:ever|on record))?(?:\s+of\s+" + LevelNum + ")?", RegexOptions.IgnoreCase)]
    public static partial Regex YearEndRecord();

    /// <summary>The day's range: "after trading between 57,656.50 and 58,875.17", "moved in a range of X to Y".</summary>
    [GeneratedRegex(@"\b(?:trad\w*|mov\w*|rang\w*|fluctuat\w*|swung|swinging)\s+(?:in\s+a\s+range\s+of|between)\s+(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s+(?:and|to)\s+(?<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    public static partial Regex DayRange();

    /// <summary>"the biggest drop of 4,451.28 points", "a climb of 2,676.55 points": a move named by its noun.</summary>
    [GeneratedRegex(@"\b(?<noun>" + UpNoun + "|" + DownNoun + @"|climb|gains|losses)\s+of\s+" + Hedge + Num + @"\s+points?\b", RegexOptions.IgnoreCase)]
    public static partial Regex NounPoints();

    /// <summary>A table cell "Nikkei 225: 2.05%" or "Topix: &lt;0.1%".</summary>
    [GeneratedRegex(@"^[^:]{2,30}:\s*" + Hedge + @"(?<sign>[+-])?" + Num + Pct + @"\s*$")]
    public static partial Regex TablePercent();

    /// <summary>"rose 1,088.47 points".</summary>
    [GeneratedRegex(@"\b(?<verb>" + Up + "|" + Down + @")(?:\s+by)?\s+" + Hedge + Num + @"\s+points?\b(?:(?:,?\s+or\s+|\s*\()(?<pct>" + Hedge2 + Num2 + Pct + "))?", RegexOptions.IgnoreCase)]
    public static partial Regex VerbPoints();

    /// <summary>"closed 1.91% lower", "finished 0.32% higher", "0.94% higher".</summary>
    [GeneratedRegex(@"\b(?:(?:closed|ended|finished|closes|ends|finishes|settled|traded|trading|was|were|is|are|stood|opened)\s+)?" + Hedge + @"(?:" + Num + @"|(?<num>one|two|three|four|five|six|seven|eight|nine|ten))" + Pct + @"\s+(?<dir>higher|lower)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PercentDirection();

    /// <summary>"closing at 51,249.82", "to close at", "ended at", "at 2706.18", "a record high of 50,135.87".</summary>
    [GeneratedRegex(@"\b(?<lead>as high as|as low as|closing at|closed at|close at|ended at|end at|finished at|finish at|settled at|stood at|stands at|at|to|(?<!short |shy |mark |barrier |threshold |line |milestone )of|reached an?(?: \w+)?|hit an?(?: \w+)?)\s+" + Hedge + LevelNum + @"(?!" + Pct + @"|\d|\s*-?\s*point level|\s+(?:mark|barrier|level|threshold))(?<points>\s+points)?", RegexOptions.IgnoreCase)]
    public static partial Regex Level();

    /// <summary>"the record intraday peak of 39,426.29 set earlier this week", "beat the previous high of 56,363.94 set on
    /// Feb. 9", "above the previous peak of 57,337.07 from Feb. 9", "below the record close of 58,850.27 set on ...", "its
    /// all-time high during intraday trading is 41,087.75, set on March 22", "previous record close was 40,888.43, also set", "previous all-time high was 3,091.91, also recorded Wednesday".</summary>
    [GeneratedRegex(@"\b(?<!year-end\s)(?:record|all-time|life-?time|previous(?: record)?)(?<intraday> intraday| closing)?\s+(?<noun>peak|high|close)(?<during>\s+(?:during|in) intraday trading)?\s+(?:of|is|was|stands at|stood at)\s+" + LevelNum + @",?\s+(?:also\s+)?(?:set|from|reached|recorded|marked|hit|logged)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PreviousRecord();

    /// <summary>A past peak beaten: "breaching the life-time high set during the December 1989 asset bubble",
    /// "surpassing its record from 1989", "beat its December 1989 high", "topped the 1989 bubble-era peak".</summary>
    [GeneratedRegex(@"\b(?:breach\w*|br(?:oke|eak(?:s|ing)?)|beat(?:s|en|ing)?|surpass\w*|eclips\w*|top(?:s|ped|ping)|exceed\w*)\s+(?:the\s+|its\s+)?[\w\s-]{0,30}?\b(?:high|peak|record)s?\b[\w\s,.-]{0,40}?\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s*)?)?(?<year>19[5-9]\d|20[0-4]\d)\b|\b(?:breach\w*|br(?:oke|eak(?:s|ing)?)|beat(?:s|en|ing)?|surpass\w*|eclips\w*|top(?:s|ped|ping)|exceed\w*)\s+(?:the\s+|its\s+)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>19[5-9]\d|20[0-4]\d)(?:-era)?\s+(?:[\w-]+\s+){0,2}?(?:high|peak|record)s?\b", RegexOptions.IgnoreCase)]
    public static partial Regex PeakBeaten();

    /// <summary>When a past peak was beaten: "last month", "this year", "earlier this week".</summary>
    [GeneratedRegex(@"\b(?:earlier\s+)?(?<when>(?:last|this)\s+(?:week|month|year))\b", RegexOptions.IgnoreCase)]
    public static partial Regex BeatenWhen();

    /// <summary>"surpassing the 51,000 mark", "Breaks 51,000 Barrier", "reached the threshold of 39,000" (first-time wording
    /// is checked separately).</summary>
    [GeneratedRegex(@"\b(?<verb>surpass\w*|exceed\w*|above|top(?:s|ped|ping)?|br(?:oke|eaks?|eaking)|breach\w*|cross(?:es|ed|ing)?|past|beyond|clear(?:s|ed|ing)?|reach(?:es|ed|ing)?|hit(?:s|ting)?)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:(?:mark|barrier|threshold|line|milestone)\s+of\s+)?" + LevelNum + @"(?:\s*-?\s*(?:mark|barrier|level|threshold|line|milestone|points?|point level))?", RegexOptions.IgnoreCase)]
    public static partial Regex Crossing();

    /// <summary>"within striking distance of 58,000", "toward the 58,000 level", "near 58,000".</summary>
    [GeneratedRegex(@"\b(?:within (?:striking |touching )?distance of|within reach of|toward|towards|near|close to|approaching|just shy of)\s+(?:the\s+)?" + LevelNum + @"(?:\s*-?\s*(?:mark|barrier|level|points?|point level))?", RegexOptions.IgnoreCase)]
    public static partial Regex NearLevel();

    /// <summary>Record wording; "near"/"within reach of" makes it a near-record claim.</summary>
    [GeneratedRegex(@"(?<near>near |within reach of |close to |shy of )?(?:its |a |an |the |fresh |new |yet another |another )*\b(?:(?<word>all-time|historic|life-?time)(?<closing> closing| intraday)? (?:highs?|peaks?|closes?|levels?)|record(?<closing> closing| intraday)? (?:highs?|peaks?|closes?|levels?|territory)|records?\b(?!-| set\b| of\b|\s+(?:profits?|earnings|sales|revenues?|income|budgets?|dividends?|buybacks?|results|margins?|output|exports|imports|orders|demand|numbers?|turnout|temperatures?|heat|attendance|spending|investments?|deficits?|surplus(?:es)?|debts?|inflows?|outflows?|bonus(?:es)?|wages|visitors|tourists|harvests?|production|shipments|bookings|payouts?|issuance|borrowing)\b))|\b(?:fresh|new) highs\b", RegexOptions.IgnoreCase)]
    public static partial Regex Record();

    /// <summary>A move ranked against history: "third-biggest single-day point loss on record", "sharpest daily fall
    /// since September 2022", "biggest monthly gain in three decades", "worst-ever daily sell-off", "a record loss",
    /// "biggest fall since the Black Monday crash". A rank with no window ("its biggest gain") says nothing checkable.</summary>
    [GeneratedRegex(@"\b(?:(?<ord>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[- ])?(?<sup>biggest|largest|sharpest|steepest|heaviest|deepest|worst|best|strongest|weakest)(?<ever>-ever)?\s+(?:(?<span>single-day|one-day|daily|single-session|one-session|weekly|one-week|monthly|one-month|yearly|annual)\s+)?(?:(?<measure>point|percentage|percent)\s+)?(?<move>" + UpNoun + "|" + DownNoun + @"|gains|losses|climb|rout|sell-?off|tumble|plunge|day|week|month|year|session|performance)\b(?:\s+(?:on a closing basis|in (?:point|percentage) terms))?(?:\s+(?<window>since\s+(?:(?<event>the\s+(?:1987\s+)?Black Monday(?:\s+crash)?|the\s+1987\s+crash|(?:the\s+)?Lehman(?:\s+(?:shock|collapse|crisis))?)|(?<since>(?:(?<month>" + MonthName + @")\.?\s*(?:(?<day>\d{1,2})(?:st|nd|rd|th)?)?,?\s*)?(?:of\s+)?(?<year>(?:19|20)\d\d)?))|on record|ever|in history|in (?:more than |over |nearly |almost |about )?(?<span2>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?<unit>years?|decades?)))?", RegexOptions.IgnoreCase)]
    public static partial Regex MoveRank();

    /// <summary>"a record loss", "record one-day climb", "record point gain" (not "the previous record one-day climb").</summary>
    [GeneratedRegex(@"(?<!(?:previous|earlier|prior|former|old)\s)\brecord\s+(?:(?<span>one-day|single-day|daily|weekly|monthly)\s+)?(?:(?<measure>point|percentage)\s+)?(?<move>" + UpNoun + "|" + DownNoun + @"|gains|losses|climb|rout|sell-?off|plunge)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RecordMove();

    /// <summary>"a record closing high for the third straight session", "a record high on Tuesday for a third consecutive
    /// session": the record words just before the streak (a weekday may stand between).</summary>
    [GeneratedRegex(@"\b(?:record|all-time|closing\s+(?:high|peak))(?:\s+[\w-]+){0,2}(?:\s+(?:on|this|last)\s+\w+day)?,?\s+(?:for|in)\s+(?:the|a)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex RecordBeforeStreak();

    /// <summary>"its fourth consecutive day at a record high", "third straight session of record closes".</summary>
    [GeneratedRegex(@"^\s+(?:at|of)\s+(?:a\s+|an\s+)?(?:record|all-time|fresh record|new record)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RecordAfterStreak();

    /// <summary>"third straight session", "second consecutive gain".</summary>
    [GeneratedRegex(@"\b(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight|consecutive)\s+(?<what>session|day|gain|advance|rise|loss|decline|fall|record|week)s?\b", RegexOptions.IgnoreCase)]
    public static partial Regex Streak();

    /// <summary>A falling verb in any tense ("edges down", "slips", "fell", "losing"): a "fifth straight session" in its
    /// clause is a losing streak.</summary>
    [GeneratedRegex(@"\b(?:fell|falls?|falling|slip(?:s|ped|ping)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|los(?:e|es|t|ing|ses)|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|sank|sinks?|sinking|slid(?:e|es|ing)?|eas(?:e|es|ed|ing)|dip(?:s|ped|ping)?|retreat(?:s|ed|ing)?|slump(?:s|ed|ing)?|skid(?:s|ded|ding)?|down|lower)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Falling();

    /// <summary>"outperformed other benchmarks", "underperformed the Nikkei", "lagged".</summary>
    [GeneratedRegex(@"\b(?:(?<out>outperform(?:ed|ing|s)?)|(?<under>underperform(?:ed|ing|s)?|lagg(?:ed|ing)))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Outperformed();

    /// <summary>"leading regional gains", "led gains across Asia", "the region's best performer", "leading losses in Asia".</summary>
    [GeneratedRegex(@"\b(?:lead(?:ing|s)?|led)\s+(?:the\s+)?(?:(?:regional|Asian)\s+(?<what>gains|losses|declines|rally|advance|sell-?off)|(?<what>gains|losses|declines)\s+(?:in|across)\s+(?:Asia|the region))\b|\b(?:the\s+)?region's\s+(?<best>best|top|worst)\s+performer\b", RegexOptions.IgnoreCase)]
    public static partial Regex LedRegion();

    [GeneratedRegex(@"\b(?<flat>little changed|mostly flat|largely flat|flat|unchanged)\b|\b(?<lower>(?:edged |traded |was )?slightly lower)\b|\b(?<higher>(?:edged |traded |was )?slightly higher)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Flat();

    [GeneratedRegex(Hedge + @"(?:¥\s?(?<num>\d{2,3}(?:\.\d+)?)(?!\d|[,.]\d)|(?<![\d,.])(?<num2>\d{2,3}(?:\.\d+)?)\s*yen\b)|\byen\b[^.%]*?\b(?:at|around|near|to)\s+" + Hedge + @"(?<num3>\d{2,3}(?:\.\d+)?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Yen();

    /// <summary>The yen's direction in prose (a comparative, a verb or a noun of change; "a weak yen" is a state, not a
    /// move): "a stronger yen", "the yen strengthened", "the yen's strength", "Yen
    /// surges", "boosting the yen", "the yen extended its recovery" (stronger); "a weaker yen", "the yen slipped against
    /// the U.S. dollar" (weaker).</summary>
    [GeneratedRegex(@"\b(?<strong>stronger|firmer) (?:Japanese )?yen\b|\byen(?:'s)? (?<strong>strengthened|strengthens|firmed|firms|rose|rises|gained|gains|surged|surges|jumped|jumps|rallied|rallies|climbed|strength|rebound(?:ed)?|extended its (?:recovery|rebound|gains))\b|\b(?<strong>boost(?:ed|ing|s)?|lift(?:ed|ing|s)?) the yen\b|\b(?<weak>weaker|softer) (?:Japanese )?yen\b|\byen(?:'s)? (?<weak>weakened|weakens|fell|falls|slid|slides|slipped|slips|dropped|drops|eased|eases|softened|weakness)\b", RegexOptions.IgnoreCase)]
    public static partial Regex YenDirection();

    /// <summary>"Advantest: Surged 20%", "Index heavyweight Tokyo Electron Ltd gained 4.64%", "Shares of SoftBank Group surged nearly 12%",
    /// "heavyweight Fast Retailing, which fell 1.1%", "Tokyo Electron 8035.T jumped 5.7%" (a Reuters instrument code).</summary>
    [GeneratedRegex(@"(?<name>(?:" + NameWord + @"\s+){0,3}" + NameWord + @")(?:\s+(?:Ltd|Corp|Inc|Co)\.?)?(?:\s+\d{4}\.T\b)?(?:,\s+which[^,]*,|,\s+which)?:?\s+(?<verb>(?i:" + Up + "|" + Down + @"))(?:\s+by)?\s+" + Hedge + Num + Pct)]
    public static partial Regex MemberMove();

    /// <summary>An exchange ticker printed with a company's name, which names the company again and is no figure:
    /// "(TYO:5401)", "(TSE: 7203)", "(T:1605)", "(7203.T)", "&lt;7203.T&gt;", "8035.T", "(7203 JP)", "(OTC: TOYOF)",
    /// "( NISTF )", "(NASDAQ:QCOM)", a bare code after a name "Toyota (7203)" (not a year); and a Reuters index code
    /// "&lt;.N225&gt;". <c>code</c> is the exchange code when it is a Tokyo one (four characters, the first three digits).</summary>
    [GeneratedRegex(@"\s?(?:[(<\[]\s*(?:(?:TYO|TSE|TKS|JP|JT|T|Tokyo|OTC|OTCMKTS|OTC Markets|OTC Pink|OTCQX|PINK|NYSE|NASDAQ|Nasdaq|ADR|FRA|ETR|HK|HKG|HKEX|SEHK|SHA|SHE|KRX|ASX|NSE|BSE)\s*:\s*(?:(?<code>\d{3}[0-9A-Z])\b(?:\.T)?|[0-9A-Z][0-9A-Z.]{0,7})|(?<code>\d{3}[0-9A-Z])(?:\.T|\.JP|\s+(?:JP|JT)(?:\s+Equity)?)|\.[A-Z0-9]{2,6})\s*[)>\]]|\(\s+[A-Z]{3,6}\s+\)|(?<=\b[A-Z][\w&.'-]*\s?)\((?!(?:19|20)\d\d\))(?<code>\d{3}[0-9A-Z])\)|\b(?<code>\d{3}[0-9A-Z])\.T\b)")]
    public static partial Regex Ticker();

    [GeneratedRegex(@"^(?:" + NameWord + @"\s+){0,3}" + NameWord)]
    public static partial Regex LeadingName();

    /// <summary>A phrase that scopes a sentence before its subject: "Among individual stocks, ", "Of the Nikkei's members, ",
    /// "Among them, ", "Elsewhere, " (its first word one that names no one; the subject follows the comma).</summary>
    [GeneratedRegex(@"^(?<opener>[A-Z][a-z]+)\b[^,]{0,60},\s+")]
    public static partial Regex ScopingPhrase();

    /// <summary>"Shares of chip-testing equipment maker Advantest": a stock's clause; lower-case words describe the
    /// company named after them.</summary>
    [GeneratedRegex(@"^(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:[a-z][\w-]*\s+){0,5}(?<name>(?:" + NameWord + @"\s+){0,3}" + NameWord + ")")]
    public static partial Regex SharesOf();

    /// <summary>A sector's move: the words of <see cref="Aliases.SectorWords"/> (the seeds' and the writer's).</summary>
    [GeneratedRegex(@"\b(?<sector>insurance|insurers|miners|mining|banks|banking|shippers|shipping|real estate|utilities|pharmaceuticals|drugmakers|brokerages|machinery|electric appliances?|transport equipment|automakers|retailers|trading houses|oil and coal|oil refiners|air transport|airlines|steelmakers|steel|chemicals|chemical makers|builders|food makers|textile makers|paper makers|tire and rubber makers|glass and ceramics makers|nonferrous metals?|metal products|precision instruments?|railways|warehousing|information and communication|non-bank lenders|services stocks|makers of other products|fishery and farming)\b(?:\s+(?:sector|stocks|shares|companies|makers))?[^%]*?\b(?<verb>" + Up + "|" + Down + @")\s+" + Hedge + Num + Pct, RegexOptions.IgnoreCase)]
    public static partial Regex SectorMove();

    [GeneratedRegex(@"\b(?:was|were|is|are|becoming|making it)\b[^.]*\b(?:contributors?|drivers?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex DriverWord();

    /// <summary>Separators of a list of names: "Advantest, SoftBank Group and Tokyo Electron".</summary>
    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+")]
    public static partial Regex NameList();

    [GeneratedRegex(@"\b(?:driven by|fuel(?:l)?ed by|attributed to|on news|amid|thanks to|because|due to|weighed on|boosted|supported by|underpin\w*|influenced by|reflect\w*|optimism|sentiment|driver|as investors|after (?:raising|upgrading|announcing|news))\b|[“""]|\bsaid\b|\bnoted\b", RegexOptions.IgnoreCase)]
    public static partial Regex Cause();

    [GeneratedRegex(@"\b(?:midday|lunch break|morning session|in the morning|by the break)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Morning();

    [GeneratedRegex(@"\b(?:as much as|at one point|intraday|touch(?:ed|es)|during the session|earlier in the (?:session|day)|in early trade|was trading|were trading|is trading|in the first \d+ (?:minutes|hours?)|at \d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.))|\b\d{1,2}:\d\d\b", RegexOptions.IgnoreCase)]
    public static partial Regex Intraday();

    /// <summary>What may stand between a verb and the figure it introduces: "rose [to] as high as", "soared[, ]gaining",
    /// "soared [to another] all-time closing high", "fell [by] 2%".</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:to|by|at|of|a|an|the|its|their|another|yet another|fresh|new)\s+)*$", RegexOptions.IgnoreCase)]
    public static partial Regex FigureLink();

    /// <summary>A figure reached at some moment, not one of the time of writing: "at one stage", "briefly", "temporarily".</summary>
    [GeneratedRegex(@"\b(?:briefly|temporarily|momentarily|at one (?:stage|point)|at some point)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AtAMoment();

    /// <summary>A moment rather than the session: "briefly", "temporarily", "at 5 p.m.", "in the morning".</summary>
    [GeneratedRegex(@"\b(?:briefly|temporarily|at one (?:stage|point)|at \d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.)|in the (?:morning|afternoon)|early)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Moment();

    [GeneratedRegex(@"\b(?:clos(?:e|ed|ing)|ended|finish(?:ed)?|settled|end(?:ed)? the day|to end)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Close();

    /// <summary>Words that move the rest of the sentence to the session before ("The gains followed a strong prior
    /// session, when the Nikkei climbed nearly 4%").</summary>
    [GeneratedRegex(@"\b(?:(?:prior|previous|last) (?:trading )?session|previous (?:trading )?day|the day before|day before(?!\s+\w)|a day earlier|in the previous|the prior (?:trading )?day|yesterday)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PriorSession();

    /// <summary>"down from 159.23 the previous day": the prior-session words belong to that figure, not the clause.</summary>
    [GeneratedRegex(@"\bfrom\s+[¥]?\d[\d,]*(?:\.\d+)?\s*(?:yen\s+|points\s+)?$|\b(?:from|than|against|versus|vs\.?|compared (?:with|to)|over)$", RegexOptions.IgnoreCase)]
    public static partial Regex ComparedFrom();

    /// <summary>"the previous record close of 43,274.67, marked Wednesday": the day of an earlier figure, not the clause's.</summary>
    [GeneratedRegex(@"\b(?:marked|set|logged|hit|reached|touched|registered)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex MarkedOn();

    /// <summary>"a 6.3% gain recorded Monday": the session before, for this clause only.</summary>
    [GeneratedRegex(@"\brecorded (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RecordedOn();


    /// <summary>Words that make a clause about something other than an index (futures, "U.S. markets", global
    /// equities) when they come before any index name in it.</summary>
    [GeneratedRegex(@"\bfutures\b|\bglobal\b|\bUS peers\b", RegexOptions.IgnoreCase)]
    public static partial Regex NotAnIndex();

    /// <summary>Clause boundaries inside a sentence. A participle after a comma that brings in another figure or
    /// period opens a clause of its own ("closed 0.6% lower, capping a weekly decline of 1.6%", "was up 0.7%, bouncing
    /// back from a 2.4% slide on Friday"), so its period or weekday does not reach the figure before it; so does "following"
    /// ("surged on Friday following the gauges' downturn the previous day").</summary>
    [GeneratedRegex(@";\s+|,\s+while\s+|\s+while\s+|\s+whereas\s+|,\s+and\s+(?=(?:the\s+|mainland\s+|[A-Z]))|,\s+after\s+|\s+after\s+(?=\w+ing\b)|,\s+with\s+|,\s+followed by\s+|\s+following\s+(?=(?:the|a|an)\s+(?!following\b))|,\s+when\s+|,\s+as\s+|,\s+(?=(?:cementing|underscoring|highlighting|making|capping|trimming|bouncing|rebounding|recovering|snapping|paring|erasing|recouping)\b)")]
    public static partial Regex ClauseBoundary();

    /// <summary>"for the first time", "for 1st Time in 34 Years", "the first time in two decades".</summary>
    [GeneratedRegex(@"\b(?:first|1st)\s+time(?:\s+(?:in|since)\s+(?:(?:about|almost|nearly|more than|over)\s+)?(?<years>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a decade)\s+(?:years?|decades?))?", RegexOptions.IgnoreCase)]
    public static partial Regex FirstTime();

    /// <summary>A record of a move or of a period, not of a level: "a record loss", "record one-day climb",
    /// "the third-biggest single-day point loss on record", "highest year-end close on record", "biggest drop ever".</summary>
    [GeneratedRegex(@"\brecord\s+(?:[\w-]+\s+){0,2}?(?:loss|losses|drop|fall|gain|gains|climb|rise|decline|plunge|rally|jump|advance|surge|sell-?off|rout|one-day|single-day|daily|point|percentage)\b|\b(?:\w+-)?(?:biggest|largest|worst|best|steepest|sharpest|highest|lowest)\b[^.;]{0,60}\b(?:on record|ever|in history)\b|\byear-end\b", RegexOptions.IgnoreCase)]
    public static partial Regex RecordOfMove();

    /// <summary>Words that date a figure before the day: "the earlier record of", "previous record close was".</summary>
    [GeneratedRegex(@"\b(?:earlier|previous|prior|former|old|last year's|preceding)\b[\w\s-]{0,40}$", RegexOptions.IgnoreCase)]
    public static partial Regex PastFigure();

    /// <summary>"¥76 trillion", "40,000 billion": money or a count, not a level or a rate.</summary>
    [GeneratedRegex(@"^\s*(?:trillion|billion|million|thousand|tril|bil|mil|tn|bn|mn|yen worth|shares)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Magnitude();

    private const string GroupWords = @"(?:(?<asia>Asian (?:stock )?(?:markets|shares|stocks|equities|bourses|indexes|indices)|Asia-Pacific (?:stock )?(?:markets|shares|stocks|equities)|(?:stock )?markets (?:in|across) (?:Asia(?:-Pacific)?|the region)|regional (?:markets|shares|stocks|bourses|peers))|(?<world>global (?:stock |equity )?(?:markets|stocks|shares|equities)|world (?:stock )?(?:markets|stocks|equities)|(?:stock )?markets (?:around the world|worldwide|across the globe)|stocks (?:around the world|worldwide)))";

    /// <summary>Breadth: "177 of the Nikkei's 225 constituents rose", "Of the index's 225 components, 150 advanced and 70
    /// fell", "1,200 stocks rose, while 400 fell": counts of members (or of the board), never the index's own direction.
    /// A count needs its noun ("of ... constituents" after it, or the scope before it).</summary>
    [GeneratedRegex(@"(?:\bof\s+(?:the\s+)?(?<scope>[\w'’ -]{0,30}?)\s*(?<total>\d{2,4})?\s*(?<noun>constituents|components|members|stocks|issues|shares|companies|names)\s*,\s*)?\b(?<n>\d{1,3}(?:,\d{3})?)\s+(?:(?:of\s+(?:the\s+)?(?<scope2>[\w'’ -]{0,30}?)\s*(?<total2>\d{2,4})?\s*)?(?<noun2>constituents|components|members|stocks|issues|shares|companies|names)\s+)?(?:(?:were|have|had|also)\s+)?(?<verb>" + BreadthVerb + @")(?:\s*(?:,|;)?\s*(?:and|while|whereas|but)?\s*(?:only\s+)?(?<m>\d{1,3}(?:,\d{3})?)\s+(?:(?:were|have|had)\s+)?(?<verb2>" + BreadthVerb + @"))?\b", RegexOptions.IgnoreCase)]
    public static partial Regex Breadth();

    private const string BreadthVerb = @"rose|advanced|gained|climbed|increased|fell|declined|dropped|lost|slipped|retreated|decreased|were\s+(?:up|down|higher|lower)|ended\s+(?:higher|lower)|finished\s+(?:higher|lower)";

    /// <summary>Markets as a group, none named: "Asian markets broadly rose", "Asia-Pacific markets traded mixed", "global
    /// markets were routed", "drops in stock markets worldwide", "Keep Pummeling Global Markets".</summary>
    [GeneratedRegex(@"\b" + GroupWords + @"\s+(?:(?:were|was|have|had|been|also|largely|mostly|broadly|all|generally|\w+ly)\s+){0,3}(?:(?<mixed>mixed|traded mixed|ended mixed|closed mixed|finished mixed)|(?<up>" + DirUp + @")|(?<down>" + DirDown + @"|pummel(?:l)?ed|hammered|hit hard))\b|\b(?:(?<up>gains|rall(?:y|ies))|(?<down>drops|declines|falls|losses|sell-?offs?|rout|pummel(?:l)?ing|hammering|battering))\s+(?:in|on|across|of)\s+(?:the\s+)?" + GroupWords + @"\b|\b(?<down>pummel(?:l)?(?:ing|ed|s)?|hammer(?:ing|ed|s)?|batter(?:ing|ed|s)?|roil(?:ing|ed|s)?|rout(?:ing|ed|s)?)\s+(?:the\s+)?" + GroupWords + @"\b", RegexOptions.IgnoreCase)]
    public static partial Regex GroupMove();

    /// <summary>Words that make a group claim one about every market of the group, not most of them.</summary>
    [GeneratedRegex(@"\b(?:all|across the board|without exception|every)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EveryOne();

    private const string DirUp = "rose|rises|rise|rising|gained|gains|gain|climbed|climbs|climbing|advanced|advances|advance|advancing|rallied|rallies|rally|rallying|surged|surges|surge|soared|soars|jumped|jumps|rebounded|rebounds|rebound|higher|performed strongly";
    private const string DirDown = "fell|falls|fall|falling|dropped|drops|drop|declined|declines|decline|lost ground|losses|tumbled|tumbles|tumble|tumbling|slumped|slumps|slump|plunged|plunges|plunge|plummeted|dived|dives|nosedived|sank|sinks|slid|slides|slipped|slips|lower|battered|routed|weakened|sell-?off|sold off";

    /// <summary>An index's direction without a figure: "Wall Street advance", "the Nikkei fell on Tuesday", "sends Wall
    /// Street lower", "an overnight rally on Wall Street", "drops in U.S. stocks".</summary>
    [GeneratedRegex(@"(?<subj>" + SubjectWords + @")(?:'s?)?,?\s+(?:(?:[\w-]+|\d[\d.,]*%?),?\s+){0,3}?(?<verb>" + DirUp + "|" + DirDown + @")\b|\b(?<verb>" + DirUp + "|" + DirDown + @")\s+(?:on|in|for|at)\s+(?:the\s+)?(?<subj>" + SubjectWords + ")", RegexOptions.IgnoreCase)]
    public static partial Regex Direction();

    /// <summary>A clause whose subject refers back: "The index closed at", "The benchmark ended", "It rose".</summary>
    [GeneratedRegex(@"^(?:It|The (?:index|benchmark|gauge|average|broader index|broader gauge|benchmark index))\b")]
    public static partial Regex Anaphor();

    /// <summary>The open, not the day: "started higher", "opened lower", "began the day up".</summary>
    [GeneratedRegex(@"\b(?:start\w*|open\w*|began|begin\w*)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Opening();

    /// <summary>A move turned round: "reversed losses", "erased its early losses", "recovered from initial declines",
    /// "turned positive" (up); "reversed earlier gains", "erased gains", "turned negative" (down).</summary>
    [GeneratedRegex(@"\b(?:(?:revers|eras)(?:ed|es|ing)|recover(?:ed|s|ing) from)\s+(?:its |their )?(?:early |earlier |initial |morning )?(?:(?<up>losses|declines|falls)|(?<down>gains|advances|rises))\b(?!\s+(?:for|on|over|of)\s+(?:the\s+)?(?:week|month|year|quarter)\b|\s+(?:this|last)\s+(?:week|month|year)\b)|\bturn(?:ed|s|ing)\s+(?:(?<up>positive|higher)|(?<down>negative|lower))\b", RegexOptions.IgnoreCase)]
    public static partial Regex TurnAround();

    /// <summary>Verbs that turn a move round: "reversed losses", "pared gains", "erased early losses".</summary>
    [GeneratedRegex(@"\b(?:revers\w*|par(?:e|ed|es|ing)|eras\w*|recoup\w*|trim\w*|cut|wip\w*|shrug\w* off|recover\w*)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    public static partial Regex Reversal();

    [GeneratedRegex(@"^(?:" + DirUp + ")$", RegexOptions.IgnoreCase)]
    public static partial Regex DirectionUp();

    private const string SubjectWords = Aliases.Growth250Names + @"|Wall Street|(?:all three |the three |three )?(?:key |main |major )*(?:U\.S\.|US) (?:stocks?|shares|equities|markets?|stock (?:gauges|indexes|indices|benchmarks|averages)|equity (?:indexes|indices)|indexes|indices)|(?:all three |the three )(?:key |main |major )+(?:averages|indexes|indices)|Hong Kong|Japan(?:ese)? (?:markets?|shares|stocks)|Tokyo stocks|Nikkei(?: 225| Stock Average| index| average)?|Topix|TOPIX|Kospi|KOSPI|Hang Seng|Shanghai Composite|S&P 500|Dow Jones Industrial Average|Dow|Nasdaq(?: Composite)?|Straits Times|ASX 200|Nifty(?: 50)?|CSI 300";

    [GeneratedRegex(@"\b(?:since|from|until|through|before|after)\s+(?:\w+\s+){0,2}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", RegexOptions.IgnoreCase)]
    public static partial Regex Since();

    /// <summary>"Oct. 27", "October 27, 2025", "Feb 10": a month in words and a day (and a year).</summary>
    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?!\d|,\d{3})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b")]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    public static partial Regex AnyNumber();

    [GeneratedRegex(@"\b(?<y>20\d\d)-(?<m>\d\d)-(?<d>\d\d)\b")]
    public static partial Regex IsoDate();

    /// <summary>Words of a forecast or a preview: "may add to its winnings", "is tipped to open", "is expected to".</summary>
    [GeneratedRegex(@"\b(?:may|might|could|will|is expected to|are expected to|is likely to|are likely to|tipped to|set to|poised to|looks? set to)\s+(?:[\w-]+\s+){0,2}?(?:open|add|extend|rise|fall|start|begin|trade|move|continue|follow|build|push|head)\w*\b[^.]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Forecast();

    /// <summary>Words that introduce a figure's base rather than its day: "from the previous week's close on Oct. 24".</summary>
    [GeneratedRegex(@"\b(?:from|than|compared (?:with|to)|against|versus|vs\.?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ComparisonBase();

    /// <summary>A clause that opens with "when" (the sentence so far ends with it).</summary>
    [GeneratedRegex(@",?\s*when\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex WhenBefore();

    /// <summary>"October 1987", "in 1990", "of 2008": a past month or year.</summary>
    [GeneratedRegex(@"\b(?:(?<month>" + MonthName + @")\.?\s+(?:of\s+)?)?(?<year>(?:19|20)\d\d)\b")]
    public static partial Regex MonthYear();

    /// <summary>Wall Street named just before "in the previous session".</summary>
    [GeneratedRegex(@"\b(?:Wall Street|New York|U\.S\.|US) (?:\w+ )?$|\bon Wall Street\b", RegexOptions.IgnoreCase)]
    public static partial Regex UsSessionBefore();

    /// <summary>A page's label before a link to another story: "ALSO READ:", "READ MORE:", "RELATED:".</summary>
    [GeneratedRegex(@"^(?:ALSO READ|READ MORE|READ ALSO|MORE|RELATED(?: STORIES| ARTICLES?)?|SEE ALSO|WATCH|LISTEN|RECOMMENDED|POPULAR|TRENDING|LATEST|TOP STORIES|MOST READ|READ)\s*:")]
    public static partial Regex ClutterLabel();

    /// <summary>Words that move the story on from the open ("opened up 38 points and then extended gains"): what follows
    /// them is later in the session.</summary>
    [GeneratedRegex(@"\b(?:then|later|before|after|subsequently|extend(?:ed|ing)|expand(?:ed|ing))\b", RegexOptions.IgnoreCase)]
    public static partial Regex AfterTheOpen();

    /// <summary>The open as the figure's moment: "opened at 49,905.80, up 606.15 points".</summary>
    [GeneratedRegex(@"\b(?:opened|opening|opens)\s+(?:the (?:day|session)\s+|trading\s+)?(?:at|up|down|higher|lower)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Opened();

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b")]
    public static partial Regex Weekday();

    /// <summary>"a pause in recent yen strength", "an end to the yen's weakness": the move named is the one that stopped.</summary>
    [GeneratedRegex(@"\b(?:pause|halt|end|reversal|respite|break|letup|let-up)\s+(?:in|to|of|from)\s+(?:the\s+)?(?:recent\s+|its\s+|this\s+week's\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex StoppedMove();

    /// <summary>"a second straight day of gains on Wall Street", "third consecutive session of losses for U.S. stocks": a
    /// streak whose owner is named after it, another market.</summary>
    [GeneratedRegex(@"^\s+(?:of\s+(?:\w+\s+)?(?:gains|losses|declines|advances|rises|falls|rallies|records?)\s+)?(?:on|in|for|at)\s+(?:the\s+)?(?:Wall Street|U\.S\.|US|American|New York|European|Europe|Chinese|China|Hong Kong|Korean|Seoul|Shanghai|London|Nasdaq|S&P|Dow|global|world)(?!\w)", RegexOptions.IgnoreCase)]
    public static partial Regex StreakOfAnotherMarket();

    /// <summary>"lift the dollar to a six-year high", "bond yields at a 17-year high", "a six-year high against the yen": an
    /// extreme of a currency, a yield or a commodity, not of the index.</summary>
    [GeneratedRegex(@"\b(?:dollar|greenback|yen|euro|yuan|won|rupee|sterling|pound|yields?|JGBs?|Treasur(?:y|ies)|oil|crude|Brent|gold|silver|copper|bitcoin)\b(?:'s)?\s+(?:\w+\s+){0,2}?(?:to|at|hit|hits|hitting|touched|touching|reached|reaching|near)?\s*(?:a|an|its|the|fresh|new)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex OtherAssetBefore();

    [GeneratedRegex(@"^\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:yen|dollar|greenback|euro|yuan)\b", RegexOptions.IgnoreCase)]
    public static partial Regex AgainstCurrency();

    /// <summary>"a 34-year high of 36,984.51", "an intraday peak of": the day's extreme, which may be the high of the session
    /// rather than its close ("closing high of" is the close).</summary>
    [GeneratedRegex(@"(?<!closing\s)(?<!close\s)\b(?:high|peak|low|trough)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex ExtremeOf();

    /// <summary>"dropping 6.1% to 490 yen": a figure after a percentage move with no currency named before it is a share price.</summary>
    [GeneratedRegex(@"(?:%|\bper\s?cent|\bpct)\s+(?:to|at)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex AfterPercentMove();

    [GeneratedRegex(@"\b(?:dollar|greenback|euro|U\.S\. currency|US currency)\b|(?<![\d.,]\s?)\byen\b", RegexOptions.IgnoreCase)]
    public static partial Regex CurrencyWord();

    /// <summary>"the index's recent all-time highs": records of past days, not one set today.</summary>
    [GeneratedRegex(@"\b(?:recent|latest)\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex PastBefore();

    /// <summary>"breaching the previous record", "pushing past its most recent record close", "topping the earlier record
    /// of": a past record beaten, which is today's record.</summary>
    [GeneratedRegex(@"\b(?:breach\w*|surpass\w*|top(?:s|ped|ping)?|past|beat(?:s|ing)?|eclips\w*|exceed\w*|br(?:oke|eaks?|eaking)|pass(?:es|ed|ing)?|clear(?:s|ed|ing)?|above|over|overtak\w*|erase\w*|smash\w*|shatter\w*)\s+(?:[\w']+\s+){0,3}$", RegexOptions.IgnoreCase)]
    public static partial Regex BeatingBefore();

    /// <summary>"a nearly three-week high": a window somewhat shorter than the one named.</summary>
    [GeneratedRegex(@"\b(?:nearly|almost|just under)\s+(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex NearlyBefore();

    /// <summary>"four-week tumble", "three-day rally", "weeklong slide": a move over a period, not the day's direction.</summary>
    [GeneratedRegex(@"\b(?:[\w]+-(?:week|month|year|day|session|quarter)|week-?long|month-?long|year-?long|multi-?(?:week|month|year|day|session))\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex PeriodAdjectiveBefore();
}

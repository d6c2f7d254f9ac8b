using System.Text;
using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>The words of Japanese market wraps the reader knows (shared/docs/japanese-style.md): index names and their
/// aliases, subjects the store does not hold, topics that leave the subject unchanged, session, hedge and scope words,
/// and the text folding that keeps every position of the article as given.</summary>
public static partial class JapaneseLexicon
{
    /// <summary>Index names (after folding), longest first at a position: the headline indices, the related series of
    /// <see cref="RelatedSeries"/> (siblings and sub-indices by name, 「ハンセン中国企業株指数」「ナスダック100」; a headline
    /// name with an instrument after it, 「日経平均先物」「日経225オプション」「日経平均VI」「日経平均レバレッジ」; the TSE's sector
    /// indices, 「銀行業指数」) under their own ids, so their figures are never the parent's; a null id is a subject the store
    /// does not hold and the lexicon names no series for (bare futures, boards, turnover), which stops the figures after it
    /// from being the index's.</summary>
    public static readonly IReadOnlyList<(string Name, string? Id)> Names = WithRelated(new (string, string?)[]
    {
        ("日経平均株価", IndexIds.N225), ("日経平均", IndexIds.N225), ("日経225", IndexIds.N225), ("平均株価", IndexIds.N225),
        ("東証225種", IndexIds.N225), ("日経ダウ", IndexIds.N225),
        ("東証株価指数", IndexIds.Topix), ("TOPIX", IndexIds.Topix), ("トピックス", IndexIds.Topix),
        ("ダウ工業株30種平均", IndexIds.Djia), ("NYダウ", IndexIds.Djia), ("ダウ平均株価", IndexIds.Djia), ("ダウ平均", IndexIds.Djia),
        ("米ダウ", IndexIds.Djia), ("ダウ", IndexIds.Djia),
        ("ナスダック総合株価指数", IndexIds.Nasdaq), ("ナスダック総合指数", IndexIds.Nasdaq), ("ナスダック総合", IndexIds.Nasdaq), ("ナスダック", IndexIds.Nasdaq),
        ("S&P500種株価指数", IndexIds.Spx), ("SP500種株価指数", IndexIds.Spx), ("S&P500種", IndexIds.Spx), ("SP500", IndexIds.Spx), ("S&P500", IndexIds.Spx), ("S&P総合500", IndexIds.Spx),
        ("ハンセン指数", IndexIds.Hsi), ("ハンセン", IndexIds.Hsi), ("上海総合指数", IndexIds.Ssec), ("上海総合", IndexIds.Ssec),
        ("韓国総合株価指数", IndexIds.Kospi), ("KOSPI", IndexIds.Kospi), ("コスピ", IndexIds.Kospi),
        ("CSI300指数", IndexIds.Csi300), ("CSI300", IndexIds.Csi300), ("滬深300指数", IndexIds.Csi300), ("滬深300", IndexIds.Csi300),
        // The Growth Market 250 (the Mothers index until November 2023); bare 「グロース」「マザーズ」 (growth stocks, the
        // board) stay unheld below.
        ("東証グロース市場250指数", JpxIndices.Growth250.SeriesId), ("グロース市場250指数", JpxIndices.Growth250.SeriesId),
        ("グロース250指数", JpxIndices.Growth250.SeriesId), ("グロース250", JpxIndices.Growth250.SeriesId),
        ("東証マザーズ指数", JpxIndices.Growth250.SeriesId), ("マザーズ指数", JpxIndices.Growth250.SeriesId),
        // A market named for its benchmark: 「上海市場」「香港株」「韓国株」.
        ("上海市場", IndexIds.Ssec), ("上海株", IndexIds.Ssec), ("中国株", IndexIds.Ssec), ("香港市場", IndexIds.Hsi), ("香港株", IndexIds.Hsi),
        ("韓国市場", IndexIds.Kospi), ("韓国株", IndexIds.Kospi), ("ソウル市場", IndexIds.Kospi), ("豪州株", IndexIds.Asx200), ("オーストラリア株", IndexIds.Asx200), ("円相場", IndexIds.UsdJpy), ("ドル円", IndexIds.UsdJpy),

        // Held nowhere: their figures are not the index's.
        ("先物", null),
        ("グロース", null), ("マザーズ", null), ("ジャスダック", null), ("JASDAQ", null), ("2部", null), ("スタンダード", null),
        ("REIT", null), ("読売333", null), ("読売株価指数", null), ("売買代金", null), ("売買高", null),
        ("出来高", null), ("時価総額", null), ("値上がり銘柄", null), ("値下がり銘柄", null), ("銘柄数", null), ("利回り", null),
        ("長期金利", null), ("原油", null), ("ユーロ", null), ("金価格", null), ("国内総生産", null), ("GDP", null),
        ("FTSE", null), ("半導体株指数", null), ("業種", null),
        // Groups of markets (read by MarketGroup), not one index: their figures are no index's.
        ("アジア市場", null), ("アジア株", null), ("アジアの株式市場", null), ("アジア各国", null), ("米国株式市場", null), ("米国株", null),
        ("米株式市場", null), ("米株", null), ("米国市場", null), ("NY株式市場", null), ("ニューヨーク株式市場", null), ("米主要3指数", null),
        ("主要3指数", null), ("海外株", null), ("欧米株", null), ("欧州株", null),
    });

    /// <summary><see cref="Names"/> by their first character, longest first: the names that may start at a position.</summary>
    public static IReadOnlyList<(string Name, string? Id)> NamesStartingWith(char first) =>
        ByFirst.TryGetValue(first, out var names) ? names : [];

    private static readonly Dictionary<char, (string Name, string? Id)[]> ByFirst =
        Names.GroupBy(n => n.Name[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static (string, string?)[] WithRelated((string Name, string? Id)[] headline)
    {
        var names = new List<(string, string?)>();
        names.AddRange(RelatedSeries.Named.SelectMany(r => r.Japanese.Select(n => (n, (string?)r.Id))));
        foreach (var sector in JpxIndices.Sectors33)
        {
            names.AddRange(new[] { "東証", "TOPIX", "東証業種別", string.Empty }.SelectMany(p => new[] { p + sector.JapaneseName + "指数", p + sector.JapaneseName + "株価指数" })
                .Select(n => (n, (string?)sector.SeriesId)));
        }

        foreach (var sector in JpxIndices.Topix17)
        {
            names.AddRange(new[] { "TOPIX-17" + sector.JapaneseName, "TOPIX17" + sector.JapaneseName }.Select(n => (n, (string?)sector.SeriesId)));
        }

        // An index's name with an instrument after it (and a venue before its futures); a market's name (「香港株」「円相場」)
        // has no instruments.
        var parents = headline.Where(h => h.Id is not null and not IndexIds.UsdJpy && !h.Name.EndsWith('株') && !h.Name.EndsWith("市場", StringComparison.Ordinal))
            .Concat(RelatedSeries.Named.Where(r => r.Relation is SeriesRelation.Sibling or SeriesRelation.SubIndex).SelectMany(r => r.Japanese.Select(n => (Name: n, Id: (string?)r.Id))))
            .ToList();
        foreach (var (name, id) in parents)
        {
            foreach (var (suffix, relation) in RelatedSeries.JapaneseInstruments)
            {
                var derived = RelatedSeries.DerivedId(id!, relation);
                names.Add((name + suffix, derived));
                if (relation == SeriesRelation.Futures)
                {
                    names.AddRange(RelatedSeries.JapaneseVenues.Select(v => (v + name + suffix, (string?)derived)));
                }
            }
        }

        names.AddRange(headline);
        return names.DistinctBy(n => n.Item1).OrderByDescending(n => n.Item1.Length).ToArray();
    }



    /// <summary>Topics that speak of the index already named (「終値は」「上げ幅は一時」): the subject carries on.</summary>
    public static readonly string[] NeutralTopics =
    [
        "終値", "始値", "高値", "安値", "上げ幅", "下げ幅", "値幅", "上昇幅", "下落幅", "値上がり幅", "値下がり幅", "上昇率", "下落率",
        "騰落率", "前日比", "株価", "指数", "相場", "大引け", "前引け", "引け", "寄り付き", "取引", "水準", "一時", "午前", "午後",
        "前場", "後場", "年初来", "今年", "この日", "きょう", "週間", "月間", "年間", "東京株式市場", "東京市場", "東証", "日本株",
        "日経", "下げ", "上げ", "朝方", "序盤", "中盤", "終盤", "午前中", "大引けにかけて", "こちら", "同指数", "両指数", "節目", "大台", "結果", "これ", "それ", "同日", "同指数", "暴落", "急落", "急騰", "暴騰", "下落", "上昇", "反発", "反落", "続伸", "続落", "値動き",
    ];

    [GeneratedRegex(@"[\u3041-\u309F]")]
    private static partial Regex Hiragana();

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    /// <summary>The text with every character folded where FormKC keeps its length (full-width digits, letters and
    /// signs; the minus sign and ▲ as '-'; the 中黒 between digits as a decimal point): positions are those of the text
    /// as given, so a quote is cut from the original at the same place.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                chars[i] = '〓';
                continue;
            }

            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            chars[i] = c switch
            {
                '−' or '▲' or '△' or '―' => '-',
                '〜' or '~' => '～',
                '，' => ',',
                _ => folded.Length == 1 ? folded[0] : '〓',
            };
        }

        FoldKanjiDigits(chars);
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] is '・' or '･' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = '.';
            }
        }

        return new string(chars);
    }

    private const string KanjiDigits = "〇一二三四五六七八九";

    /// <summary>Kanji numerals written digit by digit (Tokyo Shimbun: 「二万三五〇六円三三銭」「四六・二六ポイント」): a run
    /// of two or more, or one before 万/円/銭/ポイント, becomes ASCII digits (「一時」 stays).</summary>
    private static void FoldKanjiDigits(char[] chars)
    {
        // 「二十六年」「十六日」「二十日」: tens written with 十 keep their length as 「026」「16」「20」.
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '十')
            {
                continue;
            }

            var tens = i > 0 && KanjiDigits.IndexOf(chars[i - 1], StringComparison.Ordinal) > 0;
            var ones = i + 1 < chars.Length && KanjiDigits.IndexOf(chars[i + 1], StringComparison.Ordinal) > 0;
            if (tens && ones)
            {
                chars[i - 1] = (char)('0' + KanjiDigits.IndexOf(chars[i - 1], StringComparison.Ordinal));
                chars[i + 1] = (char)('0' + KanjiDigits.IndexOf(chars[i + 1], StringComparison.Ordinal));
                (chars[i - 1], chars[i]) = ('0', chars[i - 1]);
            }
            else if (tens)
            {
                chars[i - 1] = (char)('0' + KanjiDigits.IndexOf(chars[i - 1], StringComparison.Ordinal));
                chars[i] = '0';
            }
            else if (ones)
            {
                chars[i] = '1';
                chars[i + 1] = (char)('0' + KanjiDigits.IndexOf(chars[i + 1], StringComparison.Ordinal));
            }
        }

        for (var i = 0; i < chars.Length;)
        {
            if (!KanjiDigits.Contains(chars[i], StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < chars.Length && KanjiDigits.Contains(chars[end], StringComparison.Ordinal))
            {
                end++;
            }

            var next = end < chars.Length ? chars[end] : ' ';
            var unit = next is '万' or '円' or '銭' or 'ポ' || (next == '月' && i > 0 && chars[i - 1] == '年') || (next == '・' && end + 1 < chars.Length && KanjiDigits.Contains(chars[end + 1], StringComparison.Ordinal));
            if (end - i >= 2 || unit || (i > 0 && chars[i - 1] is '万' or '円' or '・' or '.'))
            {
                for (var k = i; k < end; k++)
                {
                    chars[k] = (char)('0' + KanjiDigits.IndexOf(chars[k], StringComparison.Ordinal));
                }
            }

            i = end;
        }
    }

    /// <summary>Whether most of the letters of the text are Japanese script (kana or kanji).</summary>
    public static bool MostlyJapanese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int japanese = 0, latin = 0;
        foreach (var c in text.Length > 4000 ? text[..4000] : text)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF')
            {
                japanese++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return japanese >= 8 && japanese > latin;
    }

    /// <summary>Words that put a figure in a moment of the session.</summary>
    [GeneratedRegex(@"一時|取引時間中|ザラ場|場中|朝方|寄り付き(?:後|直後)|午後\d|\d+時(?:\d+分)?(?:現在|時点)|場面|まで(?:上昇|下落|上げ|下げ|値を上げ|値を下げ)|高値は|安値は|上げ幅を(?:一時)?|下げ幅を(?:一時)?|伸び悩|下げ渋|付近")]
    public static partial Regex Moment();

    [GeneratedRegex(@"前場|前引け|午前")]
    public static partial Regex Morning();

    [GeneratedRegex(@"終値|大引け|終えた|終えて|引けた|終了した|取引を終え|で終わ|引け値")]
    public static partial Regex Close();

    [GeneratedRegex(@"始値|寄り?付きは|寄り?付きの")]
    public static partial Regex Open();

    /// <summary>Words that may give a figure another scope than the day's close-to-close move, or make it a forecast.</summary>
    [GeneratedRegex(@"週間|今週|先週|前週比|前週(?:に|は|の|から|まで)|月間|今月|先月|前月|年初来|年初から|昨年末|前年末|年末比|年間|年足|月足|週足|昨年|今年|以来|ぶり|累計|連日|合計|予想|見通し|見込|目標|想定|可能性|かもしれ|だろう|でしょう|試算|仮に|先物|夜間|PTS|シカゴ|CME|前日の|前営業日の|前週末の|先週末の|昨日|きのう|ADR|年度末|年度比|期末|=同|(?:\d+|一|半)(?:年|カ月|ヵ月|ヶ月|か月|週間|営業日)(?:足らず|余り|あまり|弱|間)?で")]
    public static partial Regex ScopeWords();

    /// <summary>An outlook, not a fact of the day: 「…が続くと予想」「見通し」「可能性」.</summary>
    [GeneratedRegex(@"予想|見通し|見込|可能性|かもしれ|だろう|でしょう|先行き|公算")]
    public static partial Regex Forecast();

    [GeneratedRegex(@"週間|今週|前週比|週足|週末比で")]
    public static partial Regex Week();

    [GeneratedRegex(@"月間|今月|前月末比|月足")]
    public static partial Regex Month();

    [GeneratedRegex(@"年初来|年初から|(?:今年|\d{4}年)に入(?:り|って)|昨年末比|前年末比|年末比|(?:前年|昨年)末?(?:の大納会)?(?:の)?(?:終値)?に比べ")]
    public static partial Regex YearToDate();

    [GeneratedRegex(@"(?<!\d)年間|1年間|年足(?!らず)|年ベース")]
    public static partial Regex Year();

    /// <summary>A named month as the stretch of a move: 「5月に1234円下落した」「7月の1カ月で3000円超上昇」「8月に入って計2500円下げた」
    /// (not a day of it: 「7月12日に」).</summary>
    [GeneratedRegex(@"(?:(?<year>\d{4})年)?(?<!\d)(?<month>\d{1,2})月(?:の1カ月(?:間)?で|に入って(?:から)?|中に|に(?!付け|つけ|記録)|は)(?!\d{1,2}日)")]
    public static partial Regex NamedMonth();

    /// <summary>A named fiscal year's end as the base of a move: 「19年度末と比べて25%上昇」「2019年度末比321ポイント高」.</summary>
    [GeneratedRegex(@"(?<!\d)(?<year>\d{2}|\d{4})年度末(?:の終値)?(?:比|と比べ|に比べ|から)")]
    public static partial Regex FiscalYearEnd();

    /// <summary>A past month or day as the time of a clause: 「19年5月には最高値を更新し」「8月には2万7000円台に乗せた」
    /// 「2月9日には初めて3万5000円台をつけ」.</summary>
    [GeneratedRegex(@"(?<!\d)(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}日)?には")]
    public static partial Regex MonthAsTime();

    /// <summary>A relative clause whose head is a stock: 「前日比+18.2%値上がりした銘柄」「急騰した銘柄も」.</summary>
    [GeneratedRegex(@"^[」』""”]?[^、。「」]{0,10}?(?:した|する|している|の|た)銘柄")]
    public static partial Regex StockClauseAfter();

    /// <summary>A figure of the session before: 「前日の」「前営業日の」「前週末の」 not followed by 比.</summary>
    [GeneratedRegex(@"(?:前日|前営業日|前週末|先週末|昨日|きのう)(?:\([^()]{0,10}\))?(?:の|に|は|、)(?!比)")]
    public static partial Regex DayBefore();

    /// <summary>The sign word after a figure (an optional bracket, hedge and 「と大幅」 between): 「(0.28%)高」「と大幅安」「の上昇」
    /// 「2100円超値上がり」「(0.97%)低い」.</summary>
    [GeneratedRegex(@"^(?:\([^()]{0,20}\))?(?:[、,]\s?[\d万円銭.,]+(?:ポイント|%)?)?[\s、]?(?:超|以上|あまり|余り|強|弱|近く|程度)?(?:と|の|も)?(?:大幅|小幅|急|一段と|さらに)?(?:に)?(?<word>高|安|上昇|下落|値上がり|値下がり|上げ|下げ|上がっ|下がっ|反発|反落|続伸|続落|急落|急伸|急騰|急反発|急反落|プラス|マイナス|押し上げ|押し下げ)|^(?:\([^()]{0,20}\))?(?<word>低い|低く)|^(?:を上回る|を超える|を超す|以上の|超の)(?<word>上昇|下落|値上がり|値下がり|上げ|下げ)|^(?:超|以上|あまり|余り)、(?<word>上昇|下落|値上がり|値下がり|上げ|下げ|上がっ|下がっ)")]
    public static partial Regex SignAfter();

    /// <summary>The words before a figure that give its sign: 「上げ幅は一時」「下げ幅を」.</summary>
    [GeneratedRegex(@"(?<word>上げ幅|上昇幅|値上がり幅|下げ幅|下落幅|値下がり幅)(?:は|が|を|も)?(?:一時|一気に|約|およそ|一段と)?[、\s]?$")]
    public static partial Regex SignBefore();

    /// <summary>Hedges after a figure.</summary>
    [GeneratedRegex(@"^(?:\([^()]{0,20}\))?(?<word>超|以上|あまり|余り|強|を超え|を上回|近く|近い|に迫|に接近|弱|程度|前後|近辺|付近|台前半|台半ば|台後半|台)")]
    public static partial Regex HedgeAfter();

    [GeneratedRegex(@"(?<word>約|およそ|ほぼ|概算で)$")]
    public static partial Regex HedgeBefore();

    /// <summary>A stock's code next to a figure (「<6762>」「(9983)」), a year, a count of shares or issues: not an index figure.</summary>
    [GeneratedRegex(@"^(?:年|月|日|時|分|秒|週|期|位|番|倍|人|社|件|銘柄|業種|カ月|ヵ月|ヶ月|か月|ケ月|営業日|万株|億株|株|兆|億|>|\)|〉|歳|回|連|度|円台?の?(?:節目|大台))")]
    public static partial Regex NotAFigure();

    [GeneratedRegex(@"(?:<|\(|〈|コード)$")]
    public static partial Regex CodeBefore();

    [GeneratedRegex(@"(?<!\d)(?:(?<year>\d{4}|\d{2})年)?(?<month>\d{1,2})月(?<day>\d{1,2})日")]
    public static partial Regex MonthDay();

    /// <summary>The article's day named alone: 「9日の東京株式市場」「週明け23日」「5日前引け」.</summary>
    /// <summary>A wire's time stamp 「*04/18 15:30JST」: the month and day it was sent.</summary>
    [GeneratedRegex(@"(?<![\d/])(?<month>\d{1,2})/(?<day>\d{1,2})\s*\d{1,2}:\d{2}\s*JST")]
    public static partial Regex StampDay();

    [GeneratedRegex(@"(?<![\d月年/.])(?<day>\d{1,2})日(?=の|午前|午後|前引け|大引け|前場|後場|終値|、|は|,|\s(?:ロイター|時事|共同|ブルームバーグ|\S*\]))")]
    public static partial Regex DayAlone();

    /// <summary>A weekday (not one of a holiday's name: 「聖金曜日」「灰の水曜日」).</summary>
    [GeneratedRegex(@"(?<!前|先|昨|前週|先週|同|聖|灰の)(?<day>月|火|水|木|金)曜")]
    public static partial Regex Weekday();

    public static DayOfWeek WeekdayOf(string kanji) => kanji switch
    {
        "月" => DayOfWeek.Monday,
        "火" => DayOfWeek.Tuesday,
        "水" => DayOfWeek.Wednesday,
        "木" => DayOfWeek.Thursday,
        _ => DayOfWeek.Friday,
    };

    /// <summary>Direction words with their streaks: 「4日続伸」「3営業日ぶりに反発」「続落」「急落」「大幅高」.</summary>
    [GeneratedRegex(@"(?:(?<n>\d{1,2})(?:営業)?日(?<ago>ぶり)?(?:に|の)?(?:大幅|小幅|急)?(?<verb>続伸|続落|反発|反落|上昇|下落|値上がり|値下がり))|(?:(?<n>\d{1,2})(?:営業)?日連続(?:で|の)?(?<verb>上昇|下落|値上がり|値下がり|続伸|続落))|(?<verb>続伸|続落|反発|反落|急落|急伸|急騰|急反発|急反落|大幅高|大幅安|小幅高|小幅安|堅調|軟調|下げを消せず|上昇し|上昇した|上昇して|下落し|下落した|下落して|値上がりし|値下がりし|小反発|小反落)")]
    public static partial Regex DirectionWord();

    public static int Sign(string word) => word switch
    {
        "高" or "上昇" or "値上がり" or "上げ" or "上がっ" or "反発" or "続伸" or "急伸" or "急騰" or "急反発" or "プラス" or "押し上げ" or "堅調" => 1,
        "軟調" or "下げを消せず" => -1,
        "安" or "下落" or "値下がり" or "下げ" or "下がっ" or "反落" or "続落" or "急落" or "急反落" or "マイナス" or "押し下げ" or "低い" or "低く" => -1,
        _ when word.StartsWith("上", StringComparison.Ordinal) || word.Contains("高", StringComparison.Ordinal) || word.Contains("反発", StringComparison.Ordinal) || word.Contains("続伸", StringComparison.Ordinal) || word.Contains("値上がり", StringComparison.Ordinal) => 1,
        _ when word.StartsWith("下", StringComparison.Ordinal) || word.Contains("安", StringComparison.Ordinal) || word.Contains("落", StringComparison.Ordinal) || word.Contains("値下がり", StringComparison.Ordinal) => -1,
        _ => 0,
    };

    /// <summary>Groups of markets an article names without an index (「アジア市場」「米国株」「海外株」): the group of
    /// <see cref="MarketGroups"/> they stand for. Overseas markets the night before are Wall Street's (Europe is not held).</summary>
    public static string? MarketGroup(string name) => name switch
    {
        "アジア市場" or "アジア株" or "アジアの株式市場" or "アジア各国" => MarketGroups.Asia,
        "欧州株" => null,
        _ => MarketGroups.UnitedStates,
    };

    /// <summary>A group's direction: 「アジア市場が総じて反発」「米国株が急反落」「米主要3指数はそろって下落」「米国株式市場はまちまち」
    /// 「アジア市場の堅調さ」「海外株高」.</summary>
    [GeneratedRegex(@"(?<group>アジア市場|アジア株|アジアの株式市場|アジア各国|米国株式市場|米国株|米株式市場|米株|米国市場|NY株式市場|ニューヨーク株式市場|米主要3指数|海外株|欧米株)(?:(?<compound>高|安)(?!値)|(?:の株価|の主要指数|の主要3指数|主要3指数)?(?:は|が|も|では|の)?[、\s]?(?<q>総じて|軒並み|おおむね|そろって|いずれも|全て|全面的に)?(?:大幅に?|小幅に?|急)?(?<verb>続伸|続落|反発|反落|上昇|下落|値上がり|値下がり|堅調|軟調|まちまち|高(?=[。、]|と|で)|安(?=[。、]|と|で)))")]
    public static partial Regex GroupDirection();

    /// <summary>The session's path: 「マイナスに転じた」「プラス圏に浮上」「下げ幅を縮めた」「下げ渋った」「伸び悩んだ」「終日マイナス圏」.</summary>
    [GeneratedRegex(@"(?<down>マイナス(?:圏)?に転じ|下げに転じ|下落に転じ|値下がりに転じ|マイナス圏に沈)|(?<up>プラス(?:圏)?に転じ|上昇に転じ|上げに転じ|値上がりに転じ|プラス圏に浮上|プラス圏を回復)|(?<paredloss>下げ幅を(?:縮め|縮小)|下げ渋)|(?<paredgain>上げ幅を(?:縮め|縮小|削)|伸び悩)|(?<below>終日(?:マイナス圏|値下がり|安い|軟調|下落|売り優勢))|(?<above>終日(?:プラス圏|値上がり|高い|堅調|上昇|買い優勢))")]
    public static partial Regex SessionPath();

    /// <summary>The yen's direction: 「円安・ドル高が進行」「円高が進んだ」「円安加速」「ドル安・円高」「円相場の上昇」.</summary>
    [GeneratedRegex(@"(?:ドル(?:高|安)・)?(?<yen>円安|円高)(?:・ドル(?:高|安))?(?:が|に|の|基調|傾向)?(?:進行|進ん|進み|進む|加速|基調|傾向|方向|に振れ)|円相場(?:は|の|が)(?<rate>上昇|下落)")]
    public static partial Regex YenDirection();

    /// <summary>Market events a window is counted from (Tokyo dates): 「リーマン・ショック以来」「トランプ・ショックの翌日以来」.</summary>
    public static readonly IReadOnlyList<(string Name, DateOnly Day)> Events =
    [
        ("ブラックマンデー", new DateOnly(1987, 10, 20)), ("ブラック・マンデー", new DateOnly(1987, 10, 20)),
        ("リーマン・ショック", new DateOnly(2008, 9, 16)), ("リーマンショック", new DateOnly(2008, 9, 16)),
        ("東日本大震災", new DateOnly(2011, 3, 11)), ("チャイナ・ショック", new DateOnly(2015, 8, 24)), ("チャイナショック", new DateOnly(2015, 8, 24)),
        ("トランプ・ショック", new DateOnly(2016, 11, 9)), ("トランプショック", new DateOnly(2016, 11, 9)),
    ];

    /// <summary>A move ranked since an event: 「上げ幅は…「トランプ・ショック」の翌日以来の大きさ」.</summary>
    [GeneratedRegex(@"(?<measure>下げ幅|上げ幅|下落幅|上昇幅|値下がり幅|値上がり幅|下落率|上昇率|下げ率|上げ率)[^。]{0,60}?「?(?<event>ブラック・?マンデー|リーマン・?ショック|東日本大震災|チャイナ・?ショック|トランプ・?ショック)」?(?:の(?<rel>翌日|前日|翌営業日))?以来の(?:大きさ|大きな|大幅)")]
    public static partial Regex RankSinceEvent();

    /// <summary>「バブル後高値」「バブル崩壊後の最高値」「リーマン・ショック以来の安値」: the extreme since an era's end or an event.</summary>
    [GeneratedRegex(@"(?:(?<bubble>バブル(?:経済)?(?:崩壊)?後)|「?(?<event>ブラック・?マンデー|リーマン・?ショック|東日本大震災|チャイナ・?ショック|トランプ・?ショック)」?(?:の(?<rel>翌日|前日))?以来)(?:の)?(?:最)?(?<hl>高値|安値|高水準|低水準)")]
    public static partial Regex ExtremeSinceEra();

    /// <summary>The day an event name stands for (the day after or before it with <paramref name="relative"/>).</summary>
    public static DateOnly? EventDay(string name, string relative)
    {
        var folded = name.Replace("・", string.Empty, StringComparison.Ordinal);
        var hit = Events.FirstOrDefault(e => e.Name.Replace("・", string.Empty, StringComparison.Ordinal) == folded);
        return hit.Name is null ? null : relative switch
        {
            "翌日" or "翌営業日" => hit.Day.AddDays(1),
            "前日" => hit.Day.AddDays(-1),
            _ => hit.Day,
        };
    }

    /// <summary>Companies by the names outlets give them (the house short names of <see cref="Kabuto.Writing.Text.JapaneseNames"/>
    /// and other outlets' forms: FISCO's ファーストリテ, ソフトバンクG, アドバンテスト; full names), longest first: name → code.</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Companies = Kabuto.Writing.Text.JapaneseNames.ShortNames
        .Select(p => (p.Value, p.Key))
        .Concat(new[]
        {
            ("ファーストリテイリング", "9983"), ("ファーストリテ", "9983"), ("ファストリテ", "9983"), ("ソフトバンクグループ", "9984"), ("ソフトバンクG", "9984"),
            ("東京エレクトロン", "8035"), ("アドバンテスト", "6857"), ("信越化学工業", "4063"), ("信越化学", "4063"), ("中外製薬", "4519"),
            ("ダイキン工業", "6367"), ("ソニーグループ", "6758"), ("日東電工", "6988"), ("コナミグループ", "9766"), ("レーザーテック", "6920"),
            ("三菱商事", "8058"), ("バンダイナムコ", "7832"), ("アステラス製薬", "4503"), ("三井物産", "8031"), ("伊藤忠商事", "8001"),
            ("塩野義製薬", "4507"), ("本田技研工業", "7267"), ("東京海上HD", "8766"), ("住友商事", "8053"), ("ソフトバンク", "9434"),
            ("三菱UFJフィナンシャル・グループ", "8306"), ("三菱UFJFG", "8306"), ("日立製作所", "6501"), ("三菱重工業", "7011"), ("三菱重工", "7011"),
            ("川崎重工業", "7012"), ("川崎重工", "7012"), ("SCREEN", "7735"), ("オリエンタルランド", "4661"), ("トレンドマイクロ", "4704"),
            ("武田薬品工業", "4502"), ("武田薬品", "4502"), ("武田薬", "4502"), ("トヨタ自動車", "7203"), ("トヨタ自", "7203"),
            ("住友金属鉱山", "5713"), ("住友鉱山", "5713"), ("村田製作所", "6981"), ("ルネサスエレクトロニクス", "6723"), ("ソシオネクスト", "6526"),
            ("京セラ", "6971"), ("フジクラ", "5803"), ("ディスコ", "6146"), ("テルモ", "4543"), ("第一三共", "4568"),
        })
        .OrderByDescending(n => n.Item1.Length)
        .ToArray();

    /// <summary>A point contribution (寄与度): 「日経平均を18.30円押し上げ」「2銘柄で約351円分押し下げ」「20.01円の押し下げで」.</summary>
    [GeneratedRegex(@"(?:(?<count>\d{1,2})銘柄で)?(?:、)?(?:日経平均(?:株価)?を)?(?<hedge>約|およそ)?(?<pts>\d+(?:\.\d+)?)円(?:分)?(?:の)?(?<dir>押し上げ|押し下げ)")]
    public static partial Regex Contribution();

    /// <summary>Company codes named in a span: a code in brackets (「<6762>」「(9983)」) or a name of <see cref="Companies"/>.</summary>
    public static List<(int At, int Length, string Code)> CompaniesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int At, int Length, string Code)>();
        for (var i = 0; i < text.Length;)
        {
            if (StockCode().Match(text, i) is { Success: true } code && code.Index == i)
            {
                // The code after a name names the same company: keep one.
                var digits = code.Value[1..5];
                if (found.Count == 0 || found[^1].Code != digits || found[^1].At + found[^1].Length < i - 2)
                {
                    found.Add((i, code.Length, digits));
                }

                i += code.Length;
                continue;
            }

            var hit = Companies.FirstOrDefault(c => string.CompareOrdinal(text, i, c.Name, 0, c.Name.Length) == 0);
            if (hit.Name is null)
            {
                i++;
                continue;
            }

            found.Add((i, hit.Name.Length, hit.Code));
            i += hit.Name.Length;
        }

        return found;
    }

    /// <summary>Breadth: 「値上がり銘柄数は1356、値下がりは416」「値上がり6銘柄、値下がり219銘柄」.</summary>
    [GeneratedRegex(@"(?<upword>値上がり(?:銘柄数|銘柄)?(?:は|が)?)(?<up>\d{1,4})(?:銘柄)?(?:[^、。\d]{0,12})、\s?(?<downword>値下がり(?:銘柄数|銘柄)?(?:は|が)?)(?<down>\d{1,4})")]
    public static partial Regex Breadth();

    /// <summary>A count of the 33 sectors: 「33業種中30業種が上昇」「28業種が上昇、5業種が下落」「33業種全てが下落」.</summary>
    [GeneratedRegex(@"(?:(?:33業種中)?(?<n>\d{1,2})業種が|33業種(?:全て|すべて)が)(?<dir>上昇|下落|値上がり|値下がり)")]
    public static partial Regex SectorCount();

    /// <summary>A record: 「最高値を更新」「史上最高値で終えた」「上場来高値」.</summary>
    [GeneratedRegex(@"(?:史上|過去|上場来)?最高値(?:を|の|と|に)?(?:更新|付け|つけ|記録|なっ|なる|で(?:取引を)?(?:終え|引け|終わ))|(?:史上|過去)最高値?を?更新|上場来高値")]
    public static partial Regex Record();

    /// <summary>「2日連続で最高値」「3日連続の最高値更新」: a streak of record closes.</summary>
    [GeneratedRegex(@"(?<n>\d{1,2})(?:営業)?日連続(?:で|の)?(?:史上|過去)?最高値")]
    public static partial Regex RecordStreak();

    /// <summary>A verb of crossing after a band (「5万円台に乗せた」「4万円台を回復」): the band was reached, not just held.</summary>
    [GeneratedRegex(@"^(?:に|を|へ|まで)(?:乗せ|乗っ|突入|回復|到達|上昇|浮上|つけ|付け|突破)")]
    public static partial Regex CrossingAfter();

    /// <summary>「東芝株の」「半導体株の」: a topic that is a stock or a group of stocks, not the market (「日本株の」「東京株の」 are).</summary>
    [GeneratedRegex(@"(?<!日本|東京|日)株の")]
    public static partial Regex StockTopic();

    /// <summary>A stock's code (「<9531>」「(3092)」): the name before it is a company, not an index.</summary>
    [GeneratedRegex(@"[<(〈]\d{4}[>)〉]")]
    public static partial Regex StockCode();

    /// <summary>「357円高からスタート」「607円高で寄り付いた」「89円安と、小幅安でスタート」「301円安の5万4039円と反落して寄付きました」:
    /// the opening print (a level after the move, and a few words of manner between).</summary>
    [GeneratedRegex(@"^(?:\([^()]{0,20}\))?(?:の[\d万,.]+円(?:\d+銭)?)?(?:から|で|と、?(?:[^。、]{0,8}?(?:で|して|に)?)?)(?:スタート|寄り?付|始ま|取引を開始)")]
    public static partial Regex OpenAfter();

    /// <summary>「下落してスタート」「上昇して始まった」「反落で寄り付いた」: words of the start right after a direction word,
    /// which then tells how the session opened, not how it closed.</summary>
    [GeneratedRegex(@"^(?:して|し|て|で|と|に)?、?(?:スタート|寄り?付|始ま|取引を開始)")]
    public static partial Regex StartAfterDirection();

    /// <summary>「個別では、」「個別銘柄では」「個別株で」: the sentence speaks of single stocks.</summary>
    [GeneratedRegex(@"^[\s　]*個別(?:銘柄|株)?(?:で|では|の動きでは)")]
    public static partial Regex StockScope();

    /// <summary>「年初来高値」「昨年来安値」.</summary>
    [GeneratedRegex(@"(?:年初来|昨年来)(?<hl>高値|安値)")]
    public static partial Regex YearExtreme();

    /// <summary>「1990年8月以来、約30年半ぶりの高値水準」「18年半ぶり高値」「07年8月9日以来7年10カ月ぶりの高値」「2000年4月以来の安値」.</summary>
    [GeneratedRegex(@"(?:(?<since>(?:(?<year>\d{4}|\d{2})年)?(?:(?<month>\d{1,2})月)?(?:(?<day>\d{1,2})日)?)(?:\([^()]{0,20}\))?以来[、,]?\s?(?:の)?)?(?:(?:約|およそ|ほぼ|実に)?(?:(?<years>\d{1,2})年(?<half>半)?)?(?:(?<months>\d{1,2})(?:カ|ヵ|ヶ|ケ|か)月)?ぶり)?(?:の|に)?(?<hl>高値|安値|高水準|低水準|最高値|最安値)")]
    public static partial Regex ExtremeSince();

    /// <summary>「2000年4月に付けた高値(2万0833円)を上回り」: the past peak beaten marks the highest since then.</summary>
    [GeneratedRegex(@"(?<year>\d{4})年(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?に(?:付けた|つけた|記録した)(?<hl>高値|安値)(?:\([^()]{0,20}\))?を(?<verb>上回|下回|超え|更新)")]
    public static partial Regex PeakPassed();

    /// <summary>「初めて4万円を突破」「史上初の4万2000円台」「初の5万円台」.</summary>
    [GeneratedRegex(@"(?:初めて|初の|史上初の|史上初めて)(?:節目の|大台の)?(?<level>[\d万,.]+)円(?:台)?(?:の大台)?")]
    public static partial Regex FirstAbove();

    /// <summary>「30年ぶりに2万円台を回復」: the first time above a level in N years.</summary>
    [GeneratedRegex(@"(?:約|およそ|ほぼ)?(?<years>\d{1,2})年(?:半|\d{1,2}(?:カ|ヵ|ヶ|ケ|か)月)?ぶり(?:に|の)(?:節目の|大台の)?(?<level>[\d万,.]+)円台?(?:を|に|の)?(?:回復|乗せ|突破|超え)?")]
    public static partial Regex FirstInYears();

    /// <summary>「5万円台を回復」「4万円台を維持」「5万円を上回って終えた」: a level reached.</summary>
    [GeneratedRegex(@"(?:節目の|大台の|心理的節目の)?(?<level>\d+万(?:\d+)?)円(?:台)?(?:の大台|の節目)?(?:を|に)(?<verb>回復|維持|乗せ|上回|突破|超え)")]
    public static partial Regex AboveLevel();

    /// <summary>「1万円割れ」「3万7000円の節目を下回り」: a level the index fell below.</summary>
    [GeneratedRegex(@"(?<level>\d+万(?:\d+)?)円(?:台)?(?:の大台|の節目)?(?:割れ|を割り込|を割っ|を下回)")]
    public static partial Regex BelowLevel();

    /// <summary>「4万円に迫る」「5万円の大台に接近」.</summary>
    [GeneratedRegex(@"(?<level>\d+万(?:\d+)?)円(?:台)?(?:の大台|の節目)?(?:に迫|に接近|に近づ|目前|を目前)")]
    public static partial Regex NearLevel();

    /// <summary>A move ranked against history: 「下げ幅は約2年5か月ぶりの大きさ」「上昇率は3月1日以来の大きさ」.</summary>
    [GeneratedRegex(@"(?<measure>下げ幅|上げ幅|下落幅|上昇幅|値下がり幅|値上がり幅|下落率|上昇率|下げ率|上げ率)[^。]{0,12}?(?:(?<since>(?:(?<year>\d{4}|\d{2})年)?(?:(?<month>\d{1,2})月)?(?:(?<day>\d{1,2})日)?)以来|(?:約|およそ|ほぼ)?(?:(?<years>\d{1,2})年(?<half>半)?)?(?:(?<months>\d{1,2})(?:カ|ヵ|ヶ|ケ|か)月)?ぶり)の(?:大きさ|大きな|大幅)")]
    public static partial Regex RankSince();

    /// <summary>「終値の下げ幅は650円を超え、今年最大となった」: the biggest move of the year so far.</summary>
    [GeneratedRegex(@"(?<measure>下げ幅|上げ幅|下落幅|上昇幅|下落率|上昇率)[^。]{0,30}?(?<quote>(?:今年|年初来|年初から)(?:で|の)?最大)")]
    public static partial Regex RankThisYear();

    /// <summary>「1990年以後、最大の下落」: the biggest move since a year.</summary>
    [GeneratedRegex(@"(?<year>\d{4})年以(?:後|降)[、,]?(?:で)?最大の(?<dir>下落|上昇|下げ|上げ|値下がり|値上がり)(?<unit>率|幅)?")]
    public static partial Regex RankSinceYear();

    /// <summary>「下げ幅では史上18番目」「史上3位の下落率」.</summary>
    [GeneratedRegex(@"(?:(?<measure>下げ幅|上げ幅|下落率|上昇率)(?:で|では|は)?)?史上(?<n>\d{1,2})(?:番目|位)(?:の(?<measure2>下げ幅|上げ幅|下落率|上昇率))?")]
    public static partial Regex RankEver();

    /// <summary>「1ドル=153円54～56銭」「1ドル=148円台後半」.</summary>
    [GeneratedRegex(@"1ドル\s?=?\s?(?<rate>\d{2,3}(?:\.\d+)?円(?:\d{1,2}(?:[～~〜\-]\d{1,2})?銭)?)(?<band>台(?:前半|半ば|後半)?)?")]
    public static partial Regex YenRate();
}

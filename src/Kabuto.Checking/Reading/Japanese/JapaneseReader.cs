using System.Globalization;
using System.Text.RegularExpressions;
using Kabuto.Core.Market;
using Kabuto.Writing.Text;

namespace Kabuto.Checking;

/// <summary>The Japanese reader: the grammar of the Tokyo wrap (shared/docs/japanese-style.md) over the words of
/// <see cref="JapaneseLexicon"/>. The text is folded without changing its length (full-width digits, the 中黒 decimal),
/// cut into sentences at 「。」 and line ends; in each sentence the figures are read with
/// <see cref="JapaneseNumbers"/>, and the subject of a figure is the index named nearest before it, unless another
/// topic (「トヨタが」「売買代金は」) stands between; a sentence that names none speaks of the index named before it.</summary>
public sealed class JapaneseReader : IClaimReader
{
    public bool Reads(string text) => JapaneseLexicon.MostlyJapanese(text);

    public ArticleReading Read(string text) => new Reading(text).Run();

    /// <summary>One article being read.</summary>
    private sealed class Reading(string text)
    {
        private readonly string _folded = JapaneseLexicon.Fold(text);
        private readonly List<Claim> _claims = [];
        private string _defaultSession = ClaimSessions.Close;
        // A Tokyo wrap speaks of the Nikkei until it names another index.
        private string? _carried = IndexIds.N225;

        /// <summary>Topics that are a stock (「東芝株の下げ幅は」): its figures run to the sentence's end, past a connective
        /// 「、」 (「一時9%を超え、終値は…」).</summary>
        private readonly HashSet<int> _stockTopics = [];

        public ArticleReading Run()
        {
            var sentences = Sentences();
            _defaultSession = DefaultSession(sentences);
            foreach (var (start, length) in sentences)
            {
                var before = _claims.Count;
                ReadSentence(start, length);
                var mentions = Mentions(start, length);
                // Only a Tokyo index carries to the next sentence: an overseas index is named where its figures stand.
                if (mentions.LastOrDefault(m => m.Id is IndexIds.N225 or IndexIds.Topix) is { } last)
                {
                    _carried = last.Id;
                }

                for (var k = before; k < _claims.Count; k++)
                {
                    _claims[k] = _claims[k] with { Sentence = text.Substring(start, length) };
                }
            }

            var quoted = Quotations();
            _claims.RemoveAll(c => quoted.Any(q => c.Offset > q.From && c.Offset < q.To));
            var distinct = _claims.DistinctBy(c => (c.Kind, c.Index, c.Session, c.DaysBack, c.Value, c.Hedge, c.Subject, c.Offset)).ToList();
            return new ArticleReading(distinct, NamedDays(), Weekday(), _defaultSession);
        }

        /// <summary>Spans of quoted speech (「…」 longer than a name): an analyst's words, not the article's claims.</summary>
        private List<(int From, int To)> Quotations()
        {
            var spans = new List<(int, int)>();
            foreach (Match m in Regex.Matches(_folded, "「[^「」]{16,}」"))
            {
                spans.Add((m.Index, m.Index + m.Length));
            }

            return spans;
        }

        private List<(int Start, int Length)> Sentences()
        {
            var list = new List<(int, int)>();
            var start = 0;
            for (var i = 0; i <= _folded.Length; i++)
            {
                if (i == _folded.Length || _folded[i] is '。' or '\n' or '\r')
                {
                    var end = i < _folded.Length && _folded[i] == '。' ? i + 1 : i;
                    while (start < end && char.IsWhiteSpace(_folded[start]))
                    {
                        start++;
                    }

                    if (end > start)
                    {
                        list.Add((start, end - start));
                    }

                    start = i + 1;
                }
            }

            return list;
        }

        private string DefaultSession(List<(int Start, int Length)> sentences)
        {
            foreach (var (start, length) in sentences.Take(4))
            {
                var s = _folded.Substring(start, length);
                if (Regex.IsMatch(s, "前引け|前場の取引を終|午前の東京|午前終値|前場終値|前場の日経平均|前場の東京"))
                {
                    return ClaimSessions.Morning;
                }

                if (Regex.IsMatch(s, @"\d+時(?:\d+分)?現在|午後の東京|後場寄り"))
                {
                    return ClaimSessions.Intraday;
                }
            }

            return ClaimSessions.Close;
        }

        private sealed record Mention(int At, int Length, string? Id);

        /// <summary>Index names (and subjects the store does not hold) in a sentence, by position in the text.</summary>
        private List<Mention> Mentions(int start, int length)
        {
            var found = new List<Mention>();
            for (var i = start; i < start + length;)
            {
                var hit = JapaneseLexicon.NamesStartingWith(_folded[i]).FirstOrDefault(n => string.CompareOrdinal(_folded, i, n.Name, 0, n.Name.Length) == 0 && i + n.Name.Length <= start + length);
                if (hit.Name is null)
                {
                    i++;
                    continue;
                }

                found.Add(new Mention(i, hit.Name.Length, hit.Id));
                i += hit.Name.Length;
            }

            return found;
        }

        /// <summary>Topics that are not an index (「トヨタが」「期待感が」): their position in the text.</summary>
        private List<int> OtherTopics(int start, int length, List<Mention> mentions)
        {
            var topics = new List<int>();
            // 「個別では、トヨタが上値を追い、年初来高値を更新した」: a sentence scoped to single stocks keeps its stock as
            // the subject past the connective 「、」 that would otherwise end a topic's clause.
            var stocksOnly = JapaneseLexicon.StockScope().IsMatch(_folded.Substring(start, length));
            for (var k = start + 1; k < start + length; k++)
            {
                // 「トヨタやソニー、日立などが」: a list closed by など is a topic too.
                var listed = k >= start + 2 && _folded[(k - 2)..k] == "など";
                if (_folded[k] is not ('は' or 'が' or 'も') || (JapaneseLexicon.IsHiragana(_folded[k - 1]) && !listed)
                    || (k + 1 < _folded.Length && JapaneseLexicon.IsHiragana(_folded[k + 1])))
                {
                    continue;
                }

                var from = k - 1;
                while (from > start && !"、。「」 　,".Contains(_folded[from - 1], StringComparison.Ordinal))
                {
                    from--;
                }

                var topic = _folded[from..k];
                // 「東芝株の下げ幅は」「半導体株の終値は」: a stock's (or a group of stocks') figure, though the topic ends
                // in a word the index shares.
                if (JapaneseLexicon.StockTopic().IsMatch(topic) && !mentions.Any(m => m.At >= from && m.At < k))
                {
                    topics.Add(k);
                    _stockTopics.Add(k);
                    continue;
                }

                // 「日経平均は」「TOPIX(東証株価指数)も」「日経平均の終値は」 name the index; 「日経平均採用期待が」 does not.
                var named = mentions.Any(m => m.At >= from && m.At < k && Regex.IsMatch(_folded[(m.At + m.Length)..k], @"^(?:\([^()]{0,20}\))?(?:の[^、]{0,6})?$"));
                if (named || JapaneseLexicon.NeutralTopics.Any(w => topic.EndsWith(w, StringComparison.Ordinal) || topic == w)
                    || topic.EndsWith(')') && mentions.Any(m => m.At < k && m.At >= from - 20))
                {
                    continue;
                }

                topics.Add(k);
                if (stocksOnly)
                {
                    _stockTopics.Add(k);
                }
            }

            // 「東京ガス<9531>で11.18%高」: a stock's code marks its name as the topic.
            topics.AddRange(JapaneseLexicon.StockCode().Matches(_folded.Substring(start, length)).Select(m => start + m.Index));
            topics.Sort();
            return topics;
        }

        /// <summary>The subject of a figure at <paramref name="at"/>: the nearest index named before it in the sentence
        /// (explicit), unless another topic stands after that name; else the index the article spoke of last.</summary>
        private (string? Id, bool Explicit, int From) Subject(int at, int start, List<Mention> mentions, List<int> topics)
        {
            var mention = mentions.LastOrDefault(m => m.At + m.Length <= at);
            // A topic's clause ends at a 「、」 after a verb's connective form (「円安加速が追い風となり、4日続伸」).
            // So does a relative clause closed on a noun (「バブルが崩壊した1990年以後」).
            var topic = topics.Where(t => t < at && (_stockTopics.Contains(t) || !Regex.IsMatch(_folded[t..Math.Min(at + 1, _folded.Length)], @"[\u3041-\u309F]、|(?:した|する|された)(?=[\u4E00-\u9FFF\d])"))).DefaultIfEmpty(-1).Max();
            if (mention is not null && mention.At > topic)
            {
                return (mention.Id, mention.Id is not null, mention.At);
            }

            if (topic >= 0)
            {
                return (null, false, topic);
            }

            return (_carried, false, start);
        }

        private void ReadSentence(int start, int length)
        {
            var sentence = _folded.Substring(start, length);
            var mentions = Mentions(start, length);
            var topics = OtherTopics(start, length, mentions);
            var taken = new List<(int From, int To)>();

            ReadRecords(sentence, start, mentions, topics, taken);
            ReadRanks(sentence, start, mentions, topics, taken);
            ReadContributions(sentence, start, taken);
            ReadBreadthAndSectors(sentence, start, taken);
            ReadGroups(sentence, start, taken);
            ReadDirections(sentence, start, mentions, topics, taken);
            ReadPaths(sentence, start, mentions, topics);
            ReadYen(sentence, start, taken);
            ReadFigures(sentence, start, mentions, topics, taken);

            // 「19年5月には28年ぶりに最高値を更新し」「8月には2万7000円台に乗せた」: what follows a past month as the time of the
            // clause happened then, not on the article's day (a move of that month carries it as its period).
            if (JapaneseLexicon.MonthAsTime().Match(sentence) is { Success: true } month)
            {
                _claims.RemoveAll(c => c.Offset >= start + month.Index + month.Length && c.Offset < start + sentence.Length && c.Period is null);
            }
        }

        private bool Taken(List<(int From, int To)> taken, int at, int length) => taken.Any(t => at < t.To && at + length > t.From);

        private Claim NewClaim(ClaimKind kind, string? index, string session, int daysBack, decimal? value, int decimals, Hedge hedge, int at, int length, int sentenceStart, int sentenceLength) =>
            new(text.Substring(sentenceStart, sentenceLength), kind, index, session, daysBack, value, decimals, hedge)
            {
                Quote = text.Substring(at, length),
                Offset = at,
            };

        /// <summary>The session a figure or word at [at, at+length) speaks of: a moment words next to it name, the
        /// open, the morning or the close its sentence names, else the article's.</summary>
        private string SessionAt(string sentence, int start, int at, int length, int previousEnd, string? id = null)
        {
            var rel = at - start;
            var back = sentence[Math.Max(0, Math.Max(previousEnd - start, 0))..rel];
            var forward = sentence[Math.Min(sentence.Length, rel + length)..Math.Min(sentence.Length, rel + length + 14)];
            if (JapaneseLexicon.Moment().IsMatch(back) || Regex.IsMatch(forward, @"^[^、。]{0,12}(?:\d+時(?:\d+分)?(?:現在|時点)|時点|現在)") || Regex.IsMatch(forward, "^[^、]{0,8}(?:場面|まで(?:上昇|下落|上げ|下げ|値を)|を付け(?:る|た)場面)") || Regex.IsMatch(forward, @"^\s?(?:超|近く|近い|に迫)?(?:まで|を超える場面|に迫る場面)")
                || Regex.IsMatch(sentence[Math.Min(sentence.Length, rel + length)..], "^(?:の[^、。]{0,14}?)?(?:で|と)(?:この日の|本日の|きょうの)?(?:高値|安値)を(?:つけ|付け)"))
            {
                return ClaimSessions.Intraday;
            }

            if (JapaneseLexicon.Open().IsMatch(back))
            {
                return ClaimSessions.Open;
            }

            if (id is not null && Aliases.IsUnitedStates(id))
            {
                return ClaimSessions.Close; // the US session that ended before Tokyo's
            }

            var all = sentence[..rel];
            var morning = JapaneseLexicon.Morning().Matches(all).LastOrDefault();
            var close = JapaneseLexicon.Close().Matches(sentence).LastOrDefault();
            if (morning is not null && (close is null || close.Index < morning.Index))
            {
                return ClaimSessions.Morning;
            }

            // 「前場は600円を超える上昇で終えた」: the morning session ended, not the day.
            if (morning is not null && close is not null && close.Value is "終えた" or "終えて" or "取引を終え" or "終了した" or "で終わ"
                && !Regex.IsMatch(sentence, "大引け|終値|後場|午後|引け値"))
            {
                return ClaimSessions.Morning;
            }

            return close is not null && _defaultSession != ClaimSessions.Morning ? ClaimSessions.Close : _defaultSession;
        }

        /// <summary>The clause of a figure: from its subject (or the clause's start) to the next 「、」.</summary>
        private static string Clause(string sentence, int start, int from, int at, int length)
        {
            var rel = at - start;
            var begin = Math.Clamp(from - start, 0, rel);
            var comma = sentence.IndexOf('、', Math.Min(sentence.Length, rel + length));
            var end = comma < 0 ? sentence.Length : comma;
            return sentence[begin..end];
        }

        private int DaysBack(string sentence, int start, int from, int at, string? index)
        {
            if (index is not null && Aliases.IsUnitedStates(index))
            {
                return 0;
            }

            var rel = at - start;
            var begin = Math.Clamp(Math.Max(from - start, sentence.LastIndexOf('、', Math.Max(0, rel - 1)) + 1), 0, rel);
            return JapaneseLexicon.DayBefore().IsMatch(sentence[begin..rel]) ? 1 : 0;
        }

        private void ReadRecords(string sentence, int start, List<Mention> mentions, List<int> topics, List<(int, int)> taken)
        {
            foreach (Match m in JapaneseLexicon.Record().Matches(sentence))
            {
                var (id, named, from) = Subject(start + m.Index, start, mentions, topics);
                if (id is not (IndexIds.N225 or IndexIds.Topix) && !(id is not null && Aliases.IsUnitedStates(id)))
                {
                    continue;
                }

                var session = JapaneseLexicon.Close().IsMatch(sentence[..m.Index]) || Regex.IsMatch(m.Value, "終え|引け|終わ") || sentence.Contains("終値", StringComparison.Ordinal)
                    ? ClaimSessions.Close
                    : _defaultSession == ClaimSessions.Morning ? ClaimSessions.Morning : ClaimSessions.Intraday;
                if (Regex.IsMatch(sentence, "取引時間中|ザラ場|場中|一時"))
                {
                    session = _defaultSession == ClaimSessions.Morning ? ClaimSessions.Morning : ClaimSessions.Intraday;
                }

                if (Aliases.IsUnitedStates(id!))
                {
                    session = ClaimSessions.Close;
                }

                _claims.Add(NewClaim(ClaimKind.Record, id, session, DaysBack(sentence, start, from, start + m.Index, id), null, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    ScopeWord = Scope(Clause(sentence, start, from, start + m.Index, m.Length), null),
                });
            }

            foreach (Match m in JapaneseLexicon.RecordStreak().Matches(sentence))
            {
                var (id, named, _) = Subject(start + m.Index, start, mentions, topics);
                var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (id is not (IndexIds.N225 or IndexIds.Topix) || n < 2)
                {
                    continue;
                }

                _claims.Add(NewClaim(ClaimKind.Streak, id, ClaimSessions.Close, 0, n, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Subject = "record",
                    ScopeWord = sentence.Contains("終値", StringComparison.Ordinal) ? null : "最高値",
                });
            }

            foreach (Match m in JapaneseLexicon.YearExtreme().Matches(sentence))
            {
                var (id, named, from) = Subject(start + m.Index, start, mentions, topics);
                if (id is not (IndexIds.N225 or IndexIds.Topix))
                {
                    continue;
                }

                var lastYear = m.Value.StartsWith("昨年", StringComparison.Ordinal);
                var since = new SinceWhen(lastYear ? null : new SinceDay(null, 0, 0), null, m.Value);
                if (lastYear)
                {
                    continue; // 「昨年来高値」 early in the year: the span is the year before and this one
                }

                var session = sentence.Contains("終値", StringComparison.Ordinal) ? ClaimSessions.Close : ClaimSessions.Intraday;
                _claims.Add(NewClaim(ClaimKind.ExtremeSince, id, session, 0, m.Groups["hl"].Value == "高値" ? 1 : -1, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Since = since,
                });
                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            foreach (Match m in JapaneseLexicon.ExtremeSince().Matches(sentence))
            {
                var hasSince = m.Groups["year"].Success || m.Groups["month"].Success;
                var hasSpan = m.Groups["years"].Success || m.Groups["months"].Success;
                if (!hasSince && !hasSpan || !m.Value.Contains("以来", StringComparison.Ordinal) && !m.Value.Contains("ぶり", StringComparison.Ordinal))
                {
                    continue;
                }

                var (id, named, from) = Subject(start + m.Index, start, mentions, topics);
                if (id is not (IndexIds.N225 or IndexIds.Topix) && !(id is not null && Aliases.IsUnitedStates(id)))
                {
                    continue;
                }

                SinceWhen? since = null;
                var relativeYear = Regex.IsMatch(sentence[..m.Index], "(?:昨年|前年|一昨年|去年)$");
                if (hasSince && !relativeYear && m.Value.Contains("以来", StringComparison.Ordinal))
                {
                    var year = m.Groups["year"].Success ? Year(m.Groups["year"].Value) : (int?)null;
                    var month = m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture) : 0;
                    var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
                    since = year is null && month == 0 ? null : new SinceWhen(new SinceDay(year, month, day), null, m.Groups["since"].Value);
                }

                if (since is null && hasSpan)
                {
                    var months = (m.Groups["years"].Success ? 12 * int.Parse(m.Groups["years"].Value, CultureInfo.InvariantCulture) : 0)
                                 + (m.Groups["half"].Success ? 6 : 0)
                                 + (m.Groups["months"].Success ? int.Parse(m.Groups["months"].Value, CultureInfo.InvariantCulture) : 0);
                    since = months > 0 ? new SinceWhen(null, months, m.Value) : null;
                }

                if (since is null)
                {
                    continue;
                }

                var high = m.Groups["hl"].Value is "高値" or "高水準" or "最高値";
                var session = Aliases.IsUnitedStates(id!) ? ClaimSessions.Close : JapaneseLexicon.Moment().IsMatch(sentence[..m.Index]) ? ClaimSessions.Intraday : _defaultSession;
                if (session != ClaimSessions.Close)
                {
                    continue; // a high of a moment is counted against highs the store may not hold; 「昨年3月10日」 names a year the model cannot
                }
                _claims.Add(NewClaim(ClaimKind.ExtremeSince, id, session, 0, high ? 1 : -1, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Since = since,
                });
                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            // 「バブル後高値」: the highest since the bubble burst (counted from the end of 1990); 「リーマン・ショック以来の安値」.
            foreach (Match m in JapaneseLexicon.ExtremeSinceEra().Matches(sentence))
            {
                // After the bubble: a low from the end of 1990, the year the market fell from its peak; a high from the
                // collapse's first bottom (18 August 1992): 「バブル後高値」 is the best rebound since, and a close still below
                // the 1991 levels is called one (a close below a 1991 close yet 「バブル崩壊後の最高値」).
                var day = m.Groups["bubble"].Success
                    ? m.Groups["hl"].Value is "高値" or "高水準" ? new DateOnly(1992, 8, 18) : new DateOnly(1990, 12, 31)
                    : JapaneseLexicon.EventDay(m.Groups["event"].Value, m.Groups["rel"].Value);
                var (id, named, _) = Subject(start + m.Index, start, mentions, topics);
                if (day is not { } d || id is not (IndexIds.N225 or IndexIds.Topix) || Taken(taken, start + m.Index, m.Length))
                {
                    continue;
                }

                var high = m.Groups["hl"].Value is "高値" or "高水準";
                var session = sentence.Contains("終値", StringComparison.Ordinal) ? ClaimSessions.Close
                    : _defaultSession == ClaimSessions.Close && !JapaneseLexicon.Moment().IsMatch(sentence) ? ClaimSessions.Close : ClaimSessions.Intraday;
                _claims.Add(NewClaim(ClaimKind.ExtremeSince, id, session, 0, high ? 1 : -1, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Since = new SinceWhen(new SinceDay(d.Year, d.Month, d.Day), null, m.Value),
                });
                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            foreach (Match m in JapaneseLexicon.PeakPassed().Matches(sentence))
            {
                var (id, named, _) = Subject(start + m.Index, start, mentions, topics);
                if (id is not (IndexIds.N225 or IndexIds.Topix))
                {
                    continue;
                }

                var high = m.Groups["hl"].Value == "高値";
                var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
                var since = new SinceWhen(new SinceDay(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), day), null, m.Value);
                _claims.Add(NewClaim(ClaimKind.ExtremeSince, id, _defaultSession, 0, high ? 1 : -1, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Since = since,
                });
                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            foreach (Match m in JapaneseLexicon.FirstInYears().Matches(sentence))
            {
                if (Level(m.Groups["level"].Value) is not { } level || !m.Value.Contains("円", StringComparison.Ordinal))
                {
                    continue;
                }

                var (id, named, _) = Subject(start + m.Index, start, mentions, topics);
                if (id is not IndexIds.N225 || !Regex.IsMatch(m.Value, "回復|乗せ|突破|超え|円台"))
                {
                    continue;
                }

                var session = JapaneseLexicon.Close().IsMatch(sentence[m.Index..]) ? ClaimSessions.Close : ClaimSessions.Intraday;
                _claims.Add(NewClaim(ClaimKind.FirstAbove, id, session, 0, level, 0, Hedge.Exact, start + m.Index, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    SinceYears = int.Parse(m.Groups["years"].Value, CultureInfo.InvariantCulture),
                });
                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            // Milestones and round levels the Nikkei crossed, stayed above, fell below or neared: one reading, four words.
            foreach (var (pattern, kind, hedge, fixedSession, scoped) in new[]
                     {
                         (JapaneseLexicon.FirstAbove(), ClaimKind.FirstAbove, Hedge.Exact, (string?)null, false),
                         (JapaneseLexicon.AboveLevel(), ClaimKind.Above, Hedge.Exact, null, false),
                         (JapaneseLexicon.BelowLevel(), ClaimKind.Level, Hedge.LessThan, null, true),
                         (JapaneseLexicon.NearLevel(), ClaimKind.NearLevel, Hedge.Exact, ClaimSessions.Intraday, false),
                     })
            {
                foreach (Match m in pattern.Matches(sentence))
                {
                    if (Level(m.Groups["level"].Value) is not { } level || Taken(taken, start + m.Index, m.Length))
                    {
                        continue;
                    }

                    var (id, named, from) = Subject(start + m.Index, start, mentions, topics);
                    if (id is not IndexIds.N225)
                    {
                        continue;
                    }

                    var session = fixedSession ?? (JapaneseLexicon.Close().IsMatch(sentence[m.Index..]) ? ClaimSessions.Close : ClaimSessions.Intraday);
                    _claims.Add(NewClaim(kind, id, session, 0, level, 0, hedge, start + m.Index, m.Length, start, sentence.Length) with
                    {
                        ExplicitSubject = named,
                        ScopeWord = scoped ? Scope(Clause(sentence, start, from, start + m.Index, m.Length), null) : null,
                        AsItStands = kind == ClaimKind.FirstAbove && m.Value.EndsWith('台') && !JapaneseLexicon.CrossingAfter().IsMatch(sentence[(m.Index + m.Length)..]),
                    });
                    taken.Add((start + m.Index, start + m.Index + m.Length));
                }
            }
        }

        private void ReadRanks(string sentence, int start, List<Mention> mentions, List<int> topics, List<(int, int)> taken)
        {
            void Add(Match m, int at, int length, int place, int direction, string? measure, SinceWhen? since)
            {
                var (id, named, _) = Subject(start + m.Index, start, mentions, topics);
                if (id is not (IndexIds.N225 or IndexIds.Topix) || _defaultSession == ClaimSessions.Morning || Taken(taken, at, length))
                {
                    return;
                }

                _claims.Add(NewClaim(ClaimKind.MoveRank, id, ClaimSessions.Close, 0, direction, 0, Hedge.Exact, at, length, start, sentence.Length) with
                {
                    ExplicitSubject = named,
                    Rank = new RankedMove(place, null, measure, since),
                    // The whole history may start before the store's: a rank "ever" is not refuted by the held part.
                    ScopeWord = since is null ? "史上" : null,
                });
                taken.Add((at, at + length));
            }

            static string? Measure(string word) => word.Length == 0 ? null : word.EndsWith('率') ? "percent" : "points";
            static int Direction(string word) => word.StartsWith('下') || word.StartsWith("値下", StringComparison.Ordinal) ? -1 : 1;

            foreach (Match m in JapaneseLexicon.RankSince().Matches(sentence))
            {
                SinceWhen? since = null;
                if (m.Groups["since"].Value.Length > 0 && (m.Groups["year"].Success || m.Groups["month"].Success))
                {
                    var year = m.Groups["year"].Success ? Year(m.Groups["year"].Value) : (int?)null;
                    var month = m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture) : 0;
                    var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
                    since = new SinceWhen(new SinceDay(year, month, day), null, m.Groups["since"].Value);
                }
                else if (m.Groups["years"].Success || m.Groups["months"].Success)
                {
                    var months = (m.Groups["years"].Success ? 12 * int.Parse(m.Groups["years"].Value, CultureInfo.InvariantCulture) : 0)
                                 + (m.Groups["half"].Success ? 6 : 0)
                                 + (m.Groups["months"].Success ? int.Parse(m.Groups["months"].Value, CultureInfo.InvariantCulture) : 0);
                    since = months > 0 ? new SinceWhen(null, months, m.Value) : null;
                }

                if (since is not null)
                {
                    var measure = m.Groups["measure"].Value;
                    Add(m, start + m.Index, m.Length, 1, Direction(measure), Measure(measure), since);
                }
            }

            foreach (Match m in JapaneseLexicon.RankSinceEvent().Matches(sentence))
            {
                if (JapaneseLexicon.EventDay(m.Groups["event"].Value, m.Groups["rel"].Value) is { } day)
                {
                    var measure = m.Groups["measure"].Value;
                    var quote = m.Groups["event"];
                    Add(m, start + quote.Index, m.Index + m.Length - quote.Index, 1, Direction(measure), Measure(measure),
                        new SinceWhen(new SinceDay(day.Year, day.Month, day.Day), null, m.Groups["event"].Value));
                }
            }

            foreach (Match m in JapaneseLexicon.RankThisYear().Matches(sentence))
            {
                var measure = m.Groups["measure"].Value;
                var quote = m.Groups["quote"];
                Add(m, start + quote.Index, quote.Length, 1, Direction(measure), Measure(measure), new SinceWhen(new SinceDay(null, 1, 1), null, quote.Value));
            }

            foreach (Match m in JapaneseLexicon.RankSinceYear().Matches(sentence))
            {
                var measure = m.Groups["unit"].Value == "率" ? "percent" : m.Groups["unit"].Value == "幅" ? "points" : null;
                Add(m, start + m.Index, m.Length, 1, Direction(m.Groups["dir"].Value), measure,
                    new SinceWhen(new SinceDay(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1, 1), null, m.Groups["year"].Value + "年"));
            }

            foreach (Match m in JapaneseLexicon.RankEver().Matches(sentence))
            {
                var word = m.Groups["measure"].Success ? m.Groups["measure"].Value : m.Groups["measure2"].Value;
                var direction = word.Length > 0 ? Direction(word) : Regex.IsMatch(sentence, "下落|下げ|安") ? -1 : 1;
                Add(m, start + m.Index, m.Length, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), direction, Measure(word), null);
            }
        }

        private static int Year(string digits)
        {
            var y = int.Parse(digits, CultureInfo.InvariantCulture);
            return digits.Length == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        }

        private static decimal? Level(string digits) =>
            JapaneseNumbers.ReadOne(digits + "円") is { Unit: JapaneseUnit.Yen } n && n.Value >= 1000 ? n.Value : null;

        private void ReadDirections(string sentence, int start, List<Mention> mentions, List<int> topics, List<(int From, int To)> taken)
        {
            foreach (Match m in JapaneseLexicon.DirectionWord().Matches(sentence))
            {
                var at = start + m.Index;
                if (Taken(taken, at, m.Length))
                {
                    continue;
                }

                if (!m.Groups["n"].Success && Regex.IsMatch(sentence[(m.Index + m.Length)..], "^(?:の|力|基調|局面|期待|懸念|狙い|余地|が)"))
                {
                    continue; // 「反発の勢いは弱く」: the noun, not the day's direction
                }

                if (Regex.IsMatch(sentence[..m.Index], @"(?:\d|円|銭|ドル|ポイント)(?:台)?(?:に|まで)$"))
                {
                    continue; // 「3万0828円73銭に下落した」: the verb of the level before it, read with that figure
                }

                if (JapaneseLexicon.StockClauseAfter().IsMatch(sentence[(m.Index + m.Length)..]))
                {
                    continue; // 「値上がりした銘柄も」: a stock's move, in a clause headed by the stock
                }

                var (id, named, from) = Subject(at, start, mentions, topics);
                var spanBefore = sentence[Math.Clamp(from - start, 0, m.Index)..m.Index];
                if (PeriodOf(spanBefore) is not null
                    || Regex.IsMatch(spanBefore, @"(?:\d+|一|半)(?:年|カ月|ヵ月|ヶ月|か月|週間)(?:足らず|余り|あまり|弱|間)?で"))
                {
                    continue; // 「5月に4.5%下落した」「19年度末と比べて25%上昇した」「2年足らずで1万円以上値上がりした」「今年に入り大きく上昇」: the stretch's direction
                }
                // A relative clause names its subject after the verb: 「前日まで4営業日連続で下落した上海市場」.
                var relative = RelativeSubject(sentence, start, m.Index + m.Length, mentions);
                if (relative is not null)
                {
                    (id, named, from) = (relative.Id, relative.Id is not null, at);
                }

                // Japanese leaves the subject out: a sentence with no topic of its own continues the index's, for the
                // index's own words (a streak, 続伸/反発/…).
                var omitted = topics.All(t => t > at) && mentions.All(x => x.At > at)
                              && (m.Groups["n"].Success || Regex.IsMatch(m.Groups["verb"].Value, "続伸|続落|反発|反落"));
                if (id is null || id == IndexIds.UsdJpy || (!named && !omitted && !Regex.IsMatch(sentence[..m.Index], "東京株式市場|東京市場|日本株|東証|相場|株価|終値|大引け|前引け|朝方|前場|後場|寄り付き")))
                {
                    continue; // a direction inherited from an earlier sentence needs the market as its topic
                }

                var verb = m.Groups["verb"].Value;
                var sign = JapaneseLexicon.Sign(verb);
                if (sign == 0)
                {
                    continue;
                }

                var session = SessionAt(sentence, start, at, m.Length, from, id);
                var clauseStart = Math.Max(0, sentence.LastIndexOf('、', Math.Max(0, m.Index - 1)) + 1);
                if ((Regex.IsMatch(sentence[clauseStart..m.Index], "朝方|寄り付き|寄り付いた")
                     || JapaneseLexicon.StartAfterDirection().IsMatch(sentence[(m.Index + m.Length)..])) && !Aliases.IsUnitedStates(id))
                {
                    session = ClaimSessions.Open; // 「朝方は堅調」: the opening print against the previous close
                }

                var daysBack = DaysBack(sentence, start, from, at, id);
                // 「前日まで4営業日連続で下落」: a streak that ended the session before.
                var through = Regex.IsMatch(sentence[clauseStart..m.Index], "(?:前日|前営業日|前週末|昨日)まで");
                if (through)
                {
                    (daysBack, session) = (daysBack + 1, ClaimSessions.Close);
                }

                var scope = Scope(Clause(sentence, start, from, at, m.Length), null);
                if (through && scope is "前日の" or "前営業日の" or "前週末の" or "昨日")
                {
                    scope = null;
                }

                Claim Make(ClaimKind kind, decimal value, int back, string s) =>
                    NewClaim(kind, id, s, back, value, 0, Hedge.Exact, at, m.Length, start, sentence.Length) with { ExplicitSubject = named, ScopeWord = scope };

                var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
                var turn = verb.Contains("反発", StringComparison.Ordinal) || verb.Contains("反落", StringComparison.Ordinal);
                var continued = verb.Contains("続伸", StringComparison.Ordinal) || verb.Contains("続落", StringComparison.Ordinal);
                if (n >= 2 && (m.Groups["ago"].Success || turn))
                {
                    _claims.Add(Make(ClaimKind.Streak, sign * n, daysBack, session) with { Subject = "broken" });
                }
                else if (n >= 2)
                {
                    _claims.Add(Make(ClaimKind.Streak, sign * n, daysBack, session));
                }
                else if (n == 0 && (continued || turn) && session != ClaimSessions.Open)
                {
                    // 続伸: up today and the session before (a streak of more than one); 反発: up today after a fall.
                    _claims.Add(Make(ClaimKind.Streak, sign, daysBack, session) with { Hedge = Hedge.MoreThan, Subject = turn ? "broken" : null });
                }
                else if (n == 0 && Regex.IsMatch(sentence[Math.Max(0, m.Index - 20)..m.Index], "一時(?!的)"))
                {
                    // 「一時、300円以上値上がり」: up at one moment of the session, the day's extreme on that side.
                    _claims.Add(Make(ClaimKind.Direction, sign, daysBack, ClaimSessions.Intraday) with { Hedge = Hedge.AsMuchAs });
                }
                else if (n == 0)
                {
                    _claims.Add(Make(ClaimKind.Direction, sign, daysBack, session));
                }
            }
        }

        /// <summary>Point contributions (寄与度): the members named before the figure (the last one, or the last N of
        /// 「N銘柄で」), else the first named after it (「20.01円の押し下げでエムスリー <2413>がトップ」), and their summed
        /// contribution to the Nikkei.</summary>
        private void ReadContributions(string sentence, int start, List<(int From, int To)> taken)
        {
            var from = 0;
            foreach (Match m in JapaneseLexicon.Contribution().Matches(sentence))
            {
                var before = JapaneseLexicon.CompaniesIn(sentence[from..m.Index]);
                var count = m.Groups["count"].Success ? int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
                var end = sentence.IndexOf('、', m.Index + m.Length) is var comma and >= 0 ? comma : sentence.Length;
                var codes = before.Count >= count ? before.TakeLast(count).Select(c => c.Code).ToList()
                    : before.Count == 0 && count == 1 ? JapaneseLexicon.CompaniesIn(sentence[(m.Index + m.Length)..end]).Take(1).Select(c => c.Code).ToList()
                    : [];
                from = m.Index + m.Length;
                if (codes.Count == 0 || codes.Distinct().Count() != codes.Count)
                {
                    continue;
                }

                var pts = m.Groups["pts"];
                var figure = JapaneseNumbers.ReadOne(pts.Value + "円");
                if (figure is null)
                {
                    continue;
                }

                var sign = m.Groups["dir"].Value == "押し上げ" ? 1 : -1;
                var at = start + m.Index;
                _claims.Add(NewClaim(ClaimKind.Driver, IndexIds.N225, _defaultSession, 0, sign * figure.Value, Decimals(figure),
                    m.Groups["hedge"].Success ? Hedge.About : Hedge.Exact, at, m.Length, start, sentence.Length) with
                {
                    Subject = string.Join("+", codes),
                    ExplicitSubject = true,
                    Context = new ClaimContext(null, null, [], _defaultSession == ClaimSessions.Close),
                });
                taken.Add((at, at + m.Length));
            }
        }

        /// <summary>Breadth (of the Nikkei's members when the sentence says so, else of the board) and counts of the 33
        /// sectors: claims whose data the reason names when it is not held.</summary>
        private void ReadBreadthAndSectors(string sentence, int start, List<(int From, int To)> taken)
        {
            foreach (Match m in JapaneseLexicon.Breadth().Matches(sentence))
            {
                var members = Regex.IsMatch(sentence[..m.Index], "構成銘柄|採用銘柄|225銘柄|日経平均の") ? IndexIds.N225 : null;
                foreach (var (group, word, subject) in new[] { ("up", "upword", "advancers"), ("down", "downword", "decliners") })
                {
                    var at = start + m.Groups[word].Index;
                    var end = m.Groups[group].Index + m.Groups[group].Length;
                    _claims.Add(NewClaim(ClaimKind.Breadth, members, ClaimSessions.Close, 0, int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture), 0, Hedge.Exact,
                        at, end - m.Groups[word].Index, start, sentence.Length) with
                    {
                        Subject = subject,
                        ExplicitSubject = true,
                    });
                }

                taken.Add((start + m.Index, start + m.Index + m.Length));
            }

            foreach (Match m in JapaneseLexicon.SectorCount().Matches(sentence))
            {
                var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 33;
                var at = start + m.Index;
                _claims.Add(NewClaim(ClaimKind.SectorMove, null, ClaimSessions.Close, 0, JapaneseLexicon.Sign(m.Groups["dir"].Value) * n, 0, Hedge.Exact, at, m.Length, start, sentence.Length) with
                {
                    Subject = ClaimVerifier.SectorCount,
                });
                taken.Add((at, at + m.Length));
            }
        }

        /// <summary>The market a relative clause ends on: 「…下落した上海市場」「…上昇したダウ」.</summary>
        private static Mention? RelativeSubject(string sentence, int start, int end, List<Mention> mentions)
        {
            var tail = Regex.Match(sentence[end..], @"^(?:し|て)?(?:た|ている|ていた|する)");
            return tail.Success ? mentions.FirstOrDefault(x => x.At == start + end + tail.Length) : null;
        }

        /// <summary>Markets as a group (「アジア市場が総じて反発」「米国株が急反落」「海外株高」): the direction of most (or, with
        /// そろって/いずれも/軒並み, all) of the group's held benchmarks; 「まちまち」: some each way.</summary>
        private void ReadGroups(string sentence, int start, List<(int From, int To)> taken)
        {
            foreach (Match m in JapaneseLexicon.GroupDirection().Matches(sentence))
            {
                var group = JapaneseLexicon.MarketGroup(m.Groups["group"].Value);
                var word = m.Groups["compound"].Success ? m.Groups["compound"].Value : m.Groups["verb"].Value;
                if (group is null || JapaneseLexicon.Moment().IsMatch(sentence[..m.Index]) && group == MarketGroups.Asia)
                {
                    continue;
                }

                var sign = word == "まちまち" ? 0 : JapaneseLexicon.Sign(word);
                if (sign == 0 && word != "まちまち")
                {
                    continue;
                }

                var all = m.Groups["q"].Value is "そろって" or "いずれも" or "全て" or "軒並み" or "全面的に";
                var at = start + m.Index;
                _claims.Add(NewClaim(ClaimKind.GroupDirection, null, group == MarketGroups.UnitedStates ? ClaimSessions.Overnight : ClaimSessions.Close, 0, sign, 0,
                    all ? Hedge.Exact : Hedge.About, at, m.Length, start, sentence.Length) with
                {
                    Subject = group,
                    ExplicitSubject = true,
                    ScopeWord = Regex.Match(sentence[..m.Index], "年始|年初|週間|今週|先週|月間|今年") is { Success: true } period ? period.Value : null,
                });
                taken.Add((at, at + m.Length));
            }
        }

        /// <summary>The session's path for the index the sentence speaks of: 「マイナスに転じた」「下げ幅を縮めた」「終日マイナス圏」.</summary>
        private void ReadPaths(string sentence, int start, List<Mention> mentions, List<int> topics)
        {
            foreach (Match m in JapaneseLexicon.SessionPath().Matches(sentence))
            {
                var at = start + m.Index;
                var (id, named, from) = Subject(at, start, mentions, topics);
                var omitted = topics.All(t => t > at) && mentions.All(x => x.At > at);
                if (id is null || id == IndexIds.UsdJpy || (!named && !omitted && !Regex.IsMatch(sentence, "東京株式市場|東京市場|日本株|東証|相場|株価|終値|大引け|前引け|後場|前場")))
                {
                    continue;
                }

                var path = m.Groups["down"].Success ? SessionPaths.TurnedDown : m.Groups["up"].Success ? SessionPaths.TurnedUp
                    : m.Groups["paredloss"].Success ? SessionPaths.ParedLoss : m.Groups["paredgain"].Success ? SessionPaths.ParedGain
                    : m.Groups["below"].Success ? SessionPaths.BelowAllDay : SessionPaths.AboveAllDay;
                // 「大引けにかけて下げ幅を縮めた」 speaks of the close; a path with no time word is the article's session.
                var session = Aliases.IsUnitedStates(id) ? ClaimSessions.Overnight
                    : JapaneseLexicon.Close().IsMatch(sentence) || Regex.IsMatch(sentence, "大引けにかけ|引けにかけ|後場") && _defaultSession == ClaimSessions.Close ? ClaimSessions.Close
                    : Regex.IsMatch(sentence[..m.Index], "一時|場面") ? ClaimSessions.Intraday : _defaultSession;
                _claims.Add(NewClaim(ClaimKind.Path, id, session, DaysBack(sentence, start, from, at, id), null, 0, Hedge.Exact, at, m.Length, start, sentence.Length) with
                {
                    Subject = path,
                    ExplicitSubject = named,
                    ScopeWord = Scope(Clause(sentence, start, from, at, m.Length), null),
                });
            }
        }

        private void ReadYen(string sentence, int start, List<(int, int)> taken)
        {
            foreach (Match m in JapaneseLexicon.YenRate().Matches(sentence))
            {
                if (JapaneseNumbers.ReadOne(m.Groups["rate"].Value) is not { Unit: JapaneseUnit.Yen } rate)
                {
                    continue;
                }

                var band = m.Groups["band"].Success;
                var value = band ? decimal.Truncate(rate.Value) : rate.UpperValue is { } upper ? (rate.Value + upper) / 2 : rate.Value;
                var at = start + m.Index;
                _claims.Add(NewClaim(ClaimKind.YenLevel, IndexIds.UsdJpy, ClaimSessions.Close, 0, value, band ? 0 : 2, band ? Hedge.Exact : Hedge.About, at, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = true,
                    // 「一時1ドル=114円台まで円安が進行」: the rate at a moment of the day, not its fixing.
                    AtAMoment = JapaneseLexicon.Moment().IsMatch(sentence[..m.Index]),
                    // 「2日の円相場は1ドル=…」: a named day may be another session's rate.
                    ScopeWord = JapaneseLexicon.Moment().Match(sentence) is { Success: true } moment ? moment.Value
                        : Regex.Match(sentence[..m.Index], @"\d{1,2}日\)?の") is { Success: true } named ? named.Value : null,
                });
                taken.Add((at, at + m.Length));
            }

            // 「円安・ドル高が進行」「円高が進んだ」: the day's rate against the day before's; a moment's move is not held.
            // 「円安方向への巻き戻し」 (a generic phrase): a pullback within the day, not the day's move.
            if (JapaneseLexicon.Moment().IsMatch(sentence) || Regex.IsMatch(sentence, "午後|午前|前場|後場|時点|現在|巻き戻し|揺り戻し"))
            {
                return;
            }

            foreach (Match m in JapaneseLexicon.YenDirection().Matches(sentence))
            {
                if (JapaneseLexicon.Forecast().IsMatch(sentence))
                {
                    break; // 「円安基調が続くと予想」: an outlook, not the day's rate
                }

                var at = start + m.Index;
                var weaker = m.Groups["yen"].Success ? m.Groups["yen"].Value == "円安" : m.Groups["rate"].Value == "下落";
                _claims.Add(NewClaim(ClaimKind.YenDirection, IndexIds.UsdJpy, ClaimSessions.Close, 0, weaker ? 1 : -1, 0, Hedge.Exact, at, m.Length, start, sentence.Length) with
                {
                    ExplicitSubject = true,
                    ScopeWord = Scope(sentence, null),
                });
            }
        }

        private static string? Scope(string clause, Period? period)
        {
            var rest = period is { Text.Length: > 0 } p ? clause.Replace(p.Text, " ", StringComparison.Ordinal) : clause;
            // The base of a move (「前年末比」「前日比」) says nothing of the level's scope.
            rest = Regex.Replace(rest, "(?:前年末|昨年末|前週末|前月末|前日|前営業日)比|(?:前日|前営業日|前週末|先週末|昨日|きのう)(?:の終値)?(?:に比べ|と比べ|より)", " ");
            return JapaneseLexicon.ScopeWords().Match(rest) is { Success: true } m ? m.Value : null;
        }

        private static Period? PeriodOf(string clauseBefore)
        {
            if (JapaneseLexicon.FiscalYearEnd().Match(clauseBefore) is { Success: true } fy)
            {
                // The fiscal year ends in March: 「19年度末」 is the last session on or before 31 March 2020.
                var fiscal = Year(fy.Groups["year"].Value) + 1;
                return new Period(PeriodKind.Since, fy.Value) { Day = new SinceDay(fiscal, 3, 31) };
            }

            if (Regex.Match(clauseBefore, @"=(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日\)(?:に比べ|と比べ|比|から)") is { Success: true } equated)
            {
                // 「前期末(3万1234円56銭=2022年3月31日)に比べて」: the base is the day in the bracket.
                return new Period(PeriodKind.Since, equated.Value)
                {
                    Day = new SinceDay(
                        int.Parse(equated.Groups["year"].Value, CultureInfo.InvariantCulture),
                        int.Parse(equated.Groups["month"].Value, CultureInfo.InvariantCulture),
                        int.Parse(equated.Groups["day"].Value, CultureInfo.InvariantCulture)),
                };
            }

            if (JapaneseLexicon.NamedMonth().Match(clauseBefore) is { Success: true } named)
            {
                var number = int.Parse(named.Groups["month"].Value, CultureInfo.InvariantCulture);
                if (number is >= 1 and <= 12)
                {
                    return new Period(PeriodKind.Month, named.Value)
                    {
                        Month = number,
                        Year = named.Groups["year"].Success ? int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                    };
                }
            }

            if (JapaneseLexicon.YearToDate().Match(clauseBefore) is { Success: true } ytd)
            {
                return new Period(PeriodKind.YearToDate, ytd.Value);
            }

            if (JapaneseLexicon.Week().Match(clauseBefore) is { Success: true } week && !clauseBefore.Contains("前週末比", StringComparison.Ordinal))
            {
                return new Period(PeriodKind.Week, week.Value);
            }

            if (JapaneseLexicon.Month().Match(clauseBefore) is { Success: true } month)
            {
                return new Period(PeriodKind.Month, month.Value);
            }

            return JapaneseLexicon.Year().Match(clauseBefore) is { Success: true } year ? new Period(PeriodKind.Year, year.Value) : null;
        }

        private void ReadFigures(string sentence, int start, List<Mention> mentions, List<int> topics, List<(int From, int To)> taken)
        {
            var previousEnd = start;
            var lastSign = 0;
            string? lastSession = null;
            foreach (var n in JapaneseNumbers.Read(sentence))
            {
                var at = start + n.Index;
                var rel = n.Index;
                var end = rel + n.Text.Length;
                var after = sentence[end..];
                var before = sentence[..rel];
                var figureEnd = previousEnd;
                // A figure of another named day: 「これまでの最高値は21日の4万9316円06銭」「(これまでは24日の3269.45)」「14日安値の1万5383円」; in
                // brackets after a day or a past peak: 「1996年12月5日(2万0943円90銭)以来」. With its month and day named,
                // it is judged on that day; else left out.
                if (Regex.IsMatch(sentence[Math.Clamp(figureEnd - start, 0, rel)..rel], @"\d{1,2}日\)?(?:の)?(?:終値|高値|安値|最高値|最安値)?(?:の|に付けた|につけた)[^、\d]{0,4}$")
                    || (before.EndsWith('(') && Regex.IsMatch(before, @"(?:\d日|\d月|\d年|高値|安値|最高値|最安値|終値)\($")))
                {
                    ReadNamedDayLevel(sentence, start, n, mentions, topics);
                    previousEnd = Taken(taken, at, n.Text.Length) ? previousEnd : at + n.Text.Length;
                    continue;
                }

                if (Taken(taken, at, n.Text.Length) || n.Unit == JapaneseUnit.Shares || n.Value >= 1_0000_0000m
                    || (n.Unit == JapaneseUnit.None && JapaneseLexicon.NotAFigure().IsMatch(after))
                    || JapaneseLexicon.CodeBefore().IsMatch(before) && n.Unit == JapaneseUnit.None
                    || Regex.IsMatch(after, @"^(?:\)?以来|に(?:付けた|つけた|記録した)|分押し|分の|倍|兆|億|=)")
                    || JapaneseLexicon.StockClauseAfter().IsMatch(after)
                    || Regex.IsMatch(after, "^(?:超|以上|強|弱|台|前後|近辺|程度)?(?:だった|であった)[^。、]"))
                {
                    continue;
                }

                var sign = n.Sign;
                // 「58円61銭(0.28%)高の2万0868円03銭と」: the figure after a move is the level.
                var levelAfterMove = Regex.IsMatch(before, @"(?:高|安|上昇|下落|高い|安い)の$") && n.Unit != JapaneseUnit.Percent;
                var signWord = JapaneseLexicon.SignAfter().Match(n.Sign != 0 || levelAfterMove ? string.Empty : after);
                if (signWord.Success)
                {
                    if (signWord.Groups["word"].Value is "押し上げ" or "押し下げ")
                    {
                        continue; // a member's contribution (寄与度), not the index's move
                    }

                    sign = JapaneseLexicon.Sign(signWord.Groups["word"].Value);
                }
                else if (sign == 0 && JapaneseLexicon.SignBefore().Match(before) is { Success: true } sb)
                {
                    sign = JapaneseLexicon.Sign(sb.Groups["word"].Value);
                }
                else if (sign == 0 && before.EndsWith('-'))
                {
                    sign = -1;
                }
                else if (sign == 0 && before.EndsWith('+'))
                {
                    sign = 1;
                }

                if (sign == 0 && n.Unit == JapaneseUnit.Percent && before.EndsWith('(') && lastSign != 0)
                {
                    sign = lastSign;
                }

                var (id, named, from) = Subject(at, start, mentions, topics);
                if (id is null && topics.All(t => t > at) && mentions.All(m => m.At > at) && n.Unit == JapaneseUnit.Yen)
                {
                    id = IndexIds.N225;
                }

                if (id == IndexIds.Topix && !named && n.Unit == JapaneseUnit.Yen)
                {
                    id = IndexIds.N225; // TOPIX is never quoted in yen: the Nikkei's figure
                }

                if (id is null || id == IndexIds.UsdJpy)
                {
                    continue;
                }

                var us = Aliases.IsUnitedStates(id);
                var hedge = Hedge.Exact;
                var hedgeAfter = JapaneseLexicon.HedgeAfter().Match(after);
                var band = false;
                if (hedgeAfter.Success)
                {
                    var word = hedgeAfter.Groups["word"].Value;
                    band = word.StartsWith('台');
                    hedge = word switch
                    {
                        "超" or "以上" or "あまり" or "余り" or "強" or "を超え" or "を上回" => Hedge.MoreThan,
                        "近く" or "近い" or "に迫" or "に接近" or "弱" => Hedge.Nearly,
                        "程度" or "前後" or "近辺" or "付近" => Hedge.About,
                        _ => Hedge.Exact,
                    };
                    if (band && word != "台")
                    {
                        continue; // 「2万9000円台後半」: a band the model has no range for
                    }
                }

                if (JapaneseLexicon.HedgeBefore().IsMatch(before))
                {
                    hedge = Hedge.About;
                }

                var decimals = Decimals(n);
                var round = !n.HasFraction && n.Value % 100 == 0;
                ClaimKind kind;
                if (n.Unit == JapaneseUnit.Percent)
                {
                    if (sign == 0)
                    {
                        continue;
                    }

                    kind = ClaimKind.ChangePercent;
                }
                else if (n.Unit == JapaneseUnit.Yen && id is IndexIds.N225 || n.Unit == JapaneseUnit.Dollar && us || n.Unit == JapaneseUnit.Points && id is not IndexIds.N225)
                {
                    if (sign != 0)
                    {
                        kind = ClaimKind.ChangePoints;
                    }
                    else if (n.Unit != JapaneseUnit.Points && n.Value >= 1000 && (!round || hedge != Hedge.Exact) && !(band && round))
                    {
                        kind = ClaimKind.Level;
                    }
                    else if (n.Unit == JapaneseUnit.Points && n.Value >= 100 && n.HasFraction)
                    {
                        kind = ClaimKind.Level;
                    }
                    else
                    {
                        continue;
                    }
                }
                else if (n.Unit == JapaneseUnit.Points && sign == 0 && id is not IndexIds.N225 && n.Value >= 100 && n.HasFraction)
                {
                    kind = ClaimKind.Level;
                }
                else if (n.Unit == JapaneseUnit.None && id is not (IndexIds.N225 or IndexIds.UsdJpy) && !us && n.HasFraction && sign != 0 && n.Value < 1000)
                {
                    kind = ClaimKind.ChangePoints; // 「13.65上がって」
                }
                else if (n.Unit == JapaneseUnit.None && id is not (IndexIds.N225 or IndexIds.UsdJpy) && !us && n.HasFraction && n.Value is >= 100 and < 10000 && sign == 0
                         && (Regex.IsMatch(before, "(?:の|は|で|値|、)$") || Regex.IsMatch(after, "^(?:で|と|だ|に|。|まで|、)")))
                {
                    kind = ClaimKind.Level;
                }
                else
                {
                    continue;
                }

                if (kind == ClaimKind.Level && band && !round)
                {
                    hedge = Hedge.Exact; // 「2万868円台」: the level truncates to the figure
                }

                var clause = Clause(sentence, start, from, at, n.Text.Length);
                var clauseBefore = sentence[Math.Clamp(from - start, 0, rel)..rel];
                if (clauseBefore.Contains("=同)", StringComparison.Ordinal))
                {
                    continue; // 「TOPIX(1987.65ポイント=同)は3%高」: measured from a day named before, which the clause does not say
                }

                var period = kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints ? PeriodOf(clauseBefore) : null;
                var session = JapaneseLexicon.OpenAfter().IsMatch(after) ? ClaimSessions.Open
                    : levelAfterMove && lastSession is not null ? lastSession
                    : SessionAt(sentence, start, at, n.Text.Length, figureEnd, id);
                previousEnd = at + n.Text.Length;
                lastSession = session;
                if (hedge == Hedge.Exact && session == ClaimSessions.Intraday && before.EndsWith("一時", StringComparison.Ordinal) && kind != ClaimKind.Level)
                {
                    hedge = Hedge.AsMuchAs;
                }

                var value = kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints ? sign * n.Value : n.Value;
                if (kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints)
                {
                    lastSign = sign;
                }

                _claims.Add(NewClaim(kind, id, session, DaysBack(sentence, start, from, at, id), value, decimals, hedge, at, n.Text.Length, start, sentence.Length) with
                {
                    ExplicitSubject = named || (id == _carried && from == start && Regex.IsMatch(before, "^[^、]{0,12}(?:終値|始値|上げ幅|下げ幅|前日比|前営業日比|前週末比)")),
                    Period = period,
                    ScopeWord = Scope(clause, period) ?? (band && !Regex.IsMatch(after, @"^台で(?:取引を)?(?:終え|引け)") ? "台" : null),
                });
            }
        }

        /// <summary>A level of a day the text names with its month (「3月28日終値(872.42)」「1996年12月5日(2万0943円90銭)」):
        /// that day's close when 終値 is said, else a level of that day's session. A year said relatively (昨年, 前年) is
        /// not resolved here: the figure is left out.</summary>
        private void ReadNamedDayLevel(string sentence, int start, JapaneseNumber n, List<Mention> mentions, List<int> topics)
        {
            var rel = n.Index;
            var named = JapaneseLexicon.MonthDay().Matches(sentence[..rel]).LastOrDefault();
            if (named is null || !Regex.IsMatch(sentence[(named.Index + named.Length)..rel], @"^(?:の)?(?:終値|高値|安値|最高値|最安値|取引時間中の高値)?\(?$")
                || Regex.IsMatch(sentence[..named.Index], "(?:昨年|前年|一昨年|去年)$") || n.Sign != 0)
            {
                return;
            }

            var (id, named2, _) = Subject(start + named.Index, start, mentions, topics);
            var level = id switch
            {
                IndexIds.N225 => n.Unit == JapaneseUnit.Yen && n.Value >= 1000,
                IndexIds.Topix => n.Unit is JapaneseUnit.Points or JapaneseUnit.None && n.HasFraction && n.Value >= 100,
                _ => false,
            };
            var month = int.Parse(named.Groups["month"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(named.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (!level || month is < 1 or > 12 || day is < 1 or > 31)
            {
                return;
            }

            var between = sentence[(named.Index + named.Length)..rel];
            var session = between.Contains("終値", StringComparison.Ordinal) ? ClaimSessions.Close : ClaimSessions.Intraday;
            var from = start + named.Index;
            _claims.Add(NewClaim(ClaimKind.Level, id, session, 0, n.Value, Decimals(n), Hedge.Exact, from, rel + n.Text.Length + (sentence.Length > rel + n.Text.Length && sentence[rel + n.Text.Length] == ')' ? 1 : 0) - named.Index, start, sentence.Length) with
            {
                ExplicitSubject = named2 || Regex.IsMatch(sentence, "^(?:こちら|同指数|両指数)"),
                On = new SinceDay(named.Groups["year"].Success ? Year(named.Groups["year"].Value) : null, month, day),
            });
        }

        private static int Decimals(JapaneseNumber n)
        {
            if (n.Text.Contains('銭', StringComparison.Ordinal))
            {
                return 2;
            }

            var dot = n.Text.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return 0;
            }

            var d = 0;
            for (var i = dot + 1; i < n.Text.Length && char.IsAsciiDigit(n.Text[i]); i++)
            {
                d++;
            }

            return d;
        }

        private List<NamedDay> NamedDays()
        {
            var days = new List<NamedDay>();
            foreach (Match m in JapaneseLexicon.MonthDay().Matches(_folded))
            {
                var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
                {
                    days.Add(new NamedDay(text.Substring(m.Index, m.Length), month, day, m.Groups["year"].Success ? Year(m.Groups["year"].Value) : null));
                }
            }

            foreach (Match m in JapaneseLexicon.StampDay().Matches(_folded.Length > 600 ? _folded[..600] : _folded))
            {
                var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
                {
                    days.Add(new NamedDay(text.Substring(m.Index, m.Length), month, day, null));
                }
            }

            // 「9日の東京株式市場」: a day of any month (the month is the article's own).
            foreach (Match m in JapaneseLexicon.DayAlone().Matches(_folded.Length > 600 ? _folded[..600] : _folded))
            {
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day is >= 1 and <= 31 && !days.Any(d => d.Day == day))
                {
                    days.AddRange(Enumerable.Range(1, 12).Select(month => new NamedDay(text.Substring(m.Index, m.Length), month, day, null)));
                }
            }

            return days;
        }

        private DayOfWeek? Weekday() =>
            JapaneseLexicon.Weekday().Match(_folded.Length > 600 ? _folded[..600] : _folded) is { Success: true } m ? JapaneseLexicon.WeekdayOf(m.Groups["day"].Value) : null;
    }
}

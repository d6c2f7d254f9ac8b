using Kabuto.Checking;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>The Japanese reader's grammar, one construct per test, on short invented sentences.</summary>
public sealed class JapaneseReaderTests
{
    private static readonly JapaneseReader Reader = new();

    private static IReadOnlyList<Claim> Read(string text) => Reader.Read(text).Claims;

    private static Claim One(string text, ClaimKind kind, string? index = IndexIds.N225) =>
        Assert.Single(Read(text), c => c.Kind == kind && c.Index == index);

    [Fact]
    public void Reads_JapaneseText_NotEnglish()
    {
        Assert.True(Reader.Reads("日経平均株価は続伸し、前日比100円高の4万円で終えた。"));
        Assert.False(Reader.Reads("The Nikkei share average rose 1.2% to 40,100.50 on Monday."));
        Assert.IsType<JapaneseReader>(ClaimReaders.For("東証株価指数(TOPIX)は反発した。日経平均も上昇した。"));
    }

    [Fact]
    public void Read_Lede_MoveLevelAndPercent()
    {
        var claims = Read("8日の東京株式市場で日経平均株価は続伸し、前日比123円45銭(0.42%)高の2万9876円54銭で取引を終えた。");

        var points = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(123.45m, points.Value);
        Assert.Equal(2, points.Decimals);
        Assert.Equal(ClaimSessions.Close, points.Session);
        Assert.True(points.ExplicitSubject);
        Assert.Equal(0.42m, Assert.Single(claims, c => c.Kind == ClaimKind.ChangePercent).Value);
        Assert.Equal(29876.54m, Assert.Single(claims, c => c.Kind == ClaimKind.Level).Value);
    }

    [Fact]
    public void Read_FullWidthMorning_QuoteIsTheTextAsGiven()
    {
        const string text = "６日前引けの日経平均株価は前営業日比１２３４円５６銭安の４万８７６５円４３銭と急落。";
        var move = One(text, ClaimKind.ChangePoints);

        Assert.Equal(-1234.56m, move.Value);
        Assert.Equal(ClaimSessions.Morning, move.Session);
        Assert.Equal("１２３４円５６銭安", move.Quote);
        Assert.Equal(move.Quote, text.Substring(move.Offset, move.Quote!.Length));
        Assert.Equal(48765.43m, One(text, ClaimKind.Level).Value);
        Assert.Equal(ClaimSessions.Morning, Reader.Read(text).DefaultSession);
    }

    [Fact]
    public void Read_TopixWithMiddleDotDecimals()
    {
        var claims = Read("東証株価指数(TOPIX)は2・34ポイント高の1987・65で終えた。");

        Assert.Equal(2.34m, Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints && c.Index == IndexIds.Topix).Value);
        Assert.Equal(1987.65m, Assert.Single(claims, c => c.Kind == ClaimKind.Level && c.Index == IndexIds.Topix).Value);
    }

    [Fact]
    public void Read_KanjiNumerals()
    {
        var claims = Read("日経平均株価の終値は前日比三二一円一二銭高の二万三四五六円七八銭。");

        Assert.Equal(321.12m, Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints).Value);
        Assert.Equal(23456.78m, Assert.Single(claims, c => c.Kind == ClaimKind.Level).Value);
    }

    [Theory]
    [InlineData("日経平均は5日続伸した。", 5, null)]
    [InlineData("日経平均は3営業日続落した。", -3, null)]
    [InlineData("日経平均は4営業日ぶりに反発した。", 4, "broken")]
    [InlineData("日経平均は2日ぶりに反落した。", -2, "broken")]
    public void Read_StreakWords(string text, int value, string? subject)
    {
        var streak = One(text, ClaimKind.Streak);

        Assert.Equal(value, streak.Value);
        Assert.Equal(subject, streak.Subject);
    }

    [Fact]
    public void Read_PlainRebound_UpTodayAfterAtLeastOneFall()
    {
        // 反発 with no count: a rise that breaks a fall of one session or more (a "broken" streak of more than one).
        var rebound = One("日経平均は反発した。", ClaimKind.Streak);
        Assert.Equal((1m, Hedge.MoreThan, "broken", 0), (rebound.Value!.Value, rebound.Hedge, rebound.Subject, rebound.DaysBack));

        // 続落: down today and the session before (a losing streak of more than one).
        var falls = One("日経平均は続落した。", ClaimKind.Streak);
        Assert.Equal((-1m, Hedge.MoreThan, (string?)null), (falls.Value!.Value, falls.Hedge, falls.Subject));
    }

    [Fact]
    public void Read_Hedges()
    {
        var above = One("日経平均の上げ幅は一時700円を超えた。", ClaimKind.ChangePoints);
        Assert.Equal((700m, Hedge.MoreThan, ClaimSessions.Intraday), (above.Value!.Value, above.Hedge, above.Session));

        var near = One("日経平均の下げ幅は一時300円に迫った。", ClaimKind.ChangePoints);
        Assert.Equal((-300m, Hedge.Nearly), (near.Value!.Value, near.Hedge));

        Assert.Equal(Hedge.About, One("日経平均は約3万8000円で推移した。", ClaimKind.Level).Hedge);
        var below = One("日経平均は2万円割れで終えた。", ClaimKind.Level);
        Assert.Equal((20000m, Hedge.LessThan, ClaimSessions.Close), (below.Value!.Value, below.Hedge, below.Session));
    }

    [Fact]
    public void Read_IntradayLevel_OfTheMoveBeforeIt()
    {
        var claims = Read("日経平均は一時812円高の3万1234円まで上昇する場面があった。");

        Assert.All(claims.Where(c => c.Kind is ClaimKind.ChangePoints or ClaimKind.Level), c => Assert.Equal(ClaimSessions.Intraday, c.Session));
        Assert.Equal(31234m, Assert.Single(claims, c => c.Kind == ClaimKind.Level).Value);
    }

    [Fact]
    public void Read_OpeningPrint()
    {
        Assert.Equal(ClaimSessions.Open, One("日経平均は345円高からスタートした。", ClaimKind.ChangePoints).Session);
    }

    [Fact]
    public void Read_RecordsAndMilestones()
    {
        Assert.Equal(ClaimSessions.Close, One("日経平均は終値で史上最高値を更新した。", ClaimKind.Record).Session);
        Assert.Equal(45000m, One("日経平均は初の4万5000円台に乗せた。", ClaimKind.FirstAbove).Value);
        Assert.Equal(60000m, One("日経平均は6万円台を回復して終えた。", ClaimKind.Above).Value);

        var since = One("日経平均は1991年3月以来、約33年ぶりの高値水準で終えた。", ClaimKind.ExtremeSince);
        Assert.Equal(new SinceDay(1991, 3, 0), since.Since!.Day);
        Assert.Equal(1, since.Value);

        var span = One("日経平均は12年半ぶり安値で終えた。", ClaimKind.ExtremeSince);
        Assert.Equal((150, -1m), (span.Since!.Months!.Value, span.Value!.Value));

        var streak = One("日経平均は終値で3日連続で最高値を更新した。", ClaimKind.Streak);
        Assert.Equal(("record", 3m), (streak.Subject, streak.Value!.Value));
    }

    [Fact]
    public void Read_Contribution_IsNotTheIndexMove()
    {
        Assert.DoesNotContain(Read("ファストリが大幅に上昇。1銘柄で日経平均を約124円押し上げた。"), c => c.Kind is ClaimKind.ChangePoints or ClaimKind.Level);
    }

    [Fact]
    public void Read_CompanyTopic_IsNotTheIndex()
    {
        Assert.DoesNotContain(Read("日経平均は小幅に上昇した。トヨタが3.5%高となった。東京ガス<9531>で11.18%高。"), c => c.Kind == ClaimKind.ChangePercent);
    }

    [Fact]
    public void Read_FigureOfAnotherNamedDay_IsLeftOut()
    {
        Assert.DoesNotContain(Read("日経平均は最高値を更新した。これまでの最高値は21日の4万1234円56銭だった。"), c => c.Kind == ClaimKind.Level);
    }

    [Fact]
    public void Read_YenRate_MidpointOfTheRange()
    {
        var yen = One("円相場は1ドル=151円23～25銭で推移した。", ClaimKind.YenLevel, IndexIds.UsdJpy);

        Assert.Equal(151.24m, yen.Value);
    }

    [Fact]
    public void Read_UsIndex_InDollars()
    {
        var dow = One("前日の米株式市場でNYダウは140ドル安だった。", ClaimKind.ChangePoints, IndexIds.Djia);

        Assert.Equal((-140m, 0), (dow.Value!.Value, dow.DaysBack));
    }

    [Fact]
    public void Read_PeriodWords_GiveTheMoveItsStretch()
    {
        Assert.Equal(PeriodKind.Week, One("日経平均は週間で1234円上昇した。", ClaimKind.ChangePoints).Period!.Kind);
        Assert.Equal(PeriodKind.YearToDate, One("日経平均は年初来で5.2%高となった。", ClaimKind.ChangePercent).Period!.Kind);
    }

    [Fact]
    public void Read_ForecastWord_KeepsTheFigureFromBeingContradicted()
    {
        Assert.NotNull(One("日経平均は年末に4万5678円程度まで上昇すると予想されている。", ClaimKind.Level).ScopeWord);
    }

    [Fact]
    public void Read_OmittedSubject_ContinuesTheIndex()
    {
        var streak = One("日経平均株価の終値は前日比52円30銭安の4万602円80銭だった。3営業日ぶりに値下がりした。", ClaimKind.Streak);

        Assert.Equal(("broken", -3m), (streak.Subject, streak.Value!.Value));
    }

    [Fact]
    public void Read_RankedMoves()
    {
        var span = One("日経平均の下げ幅は約2年5か月ぶりの大きさとなった。", ClaimKind.MoveRank);
        Assert.Equal((-1m, "points", 29), (span.Value!.Value, span.Rank!.Measure, span.Rank.Since!.Months!.Value));

        var year = One("日経平均の下落率は今年最大となった。", ClaimKind.MoveRank);
        Assert.Equal(new SinceDay(null, 1, 1), year.Rank!.Since!.Day);

        var ever = One("日経平均は下げ幅では史上12番目となった。", ClaimKind.MoveRank);
        Assert.Equal(12, ever.Rank!.Place);
        Assert.NotNull(ever.ScopeWord);
    }

    [Fact]
    public void Read_QuotedSpeech_IsNotAClaim()
    {
        Assert.DoesNotContain(Read("日経平均は上昇した。「3万1000円を割り込んだ水準で新年度が始まれば絶好の買い場になる」との声が出た。"), c => c.Kind == ClaimKind.Level);
    }

    [Fact]
    public void Read_DatesAndWeekday()
    {
        var reading = Reader.Read("週明け14日の東京株式市場で日経平均株価は反落した。月曜の取引は…。2月14日は");

        Assert.Contains(reading.NamedDays, d => d.Day == 14 && d.Month == 2);
        Assert.Equal(DayOfWeek.Monday, reading.Weekday);
        Assert.Contains(reading.NamedDays, d => d.Matches(new DateOnly(2022, 2, 14)));
    }

    [Fact]
    public void Read_RelativeClause_NamesTheMarketAfterTheVerb()
    {
        var streak = Assert.Single(Read("前日まで3営業日連続で下落した上海市場が反発した。"), c => c.Kind == ClaimKind.Streak && c.Index == IndexIds.Ssec && c.Value < 0);

        Assert.Equal((-3m, 1, true), (streak.Value!.Value, streak.DaysBack, streak.ExplicitSubject));
    }

    [Fact]
    public void Read_MarketGroups()
    {
        var asia = Assert.Single(Read("アジア市場が総じて反発したことで、日経平均も上昇した。"), c => c.Kind == ClaimKind.GroupDirection);
        Assert.Equal((MarketGroups.Asia, 1m, Hedge.About), (asia.Subject, asia.Value!.Value, asia.Hedge));

        var us = Assert.Single(Read("前週末の米国株が急反落した。"), c => c.Kind == ClaimKind.GroupDirection);
        Assert.Equal((MarketGroups.UnitedStates, -1m, ClaimSessions.Overnight), (us.Subject, us.Value!.Value, us.Session));

        Assert.Equal(0m, Assert.Single(Read("米主要3指数はまちまちだった。"), c => c.Kind == ClaimKind.GroupDirection).Value);
        Assert.Equal(1m, Assert.Single(Read("海外株高の流れを受け、日経平均は上昇した。"), c => c.Kind == ClaimKind.GroupDirection).Value);
    }

    [Fact]
    public void Read_SessionPaths()
    {
        Assert.Equal(SessionPaths.TurnedDown, One("日経平均は午後にマイナスに転じた。", ClaimKind.Path).Subject);
        Assert.Equal(SessionPaths.ParedLoss, One("大引けにかけて日経平均は下げ幅を縮めた。", ClaimKind.Path).Subject);
        Assert.Equal(SessionPaths.BelowAllDay, One("日経平均は終日マイナス圏で推移した。", ClaimKind.Path).Subject);
    }

    [Fact]
    public void Read_OpenAndOneMoment()
    {
        Assert.Equal(ClaimSessions.Open, One("日経平均は朝方は堅調だった。", ClaimKind.Direction).Session);

        var moment = One("日経平均は一時、値上がりした。", ClaimKind.Direction);
        Assert.Equal((Hedge.AsMuchAs, ClaimSessions.Intraday), (moment.Hedge, moment.Session));
    }

    [Fact]
    public void Read_YenDirection_NotInAnOutlook()
    {
        Assert.Equal(1m, One("円安・ドル高が進行した。", ClaimKind.YenDirection, IndexIds.UsdJpy).Value);
        Assert.Equal(-1m, One("外為市場で円高が進んだ。", ClaimKind.YenDirection, IndexIds.UsdJpy).Value);
        Assert.DoesNotContain(Read("市場では円安基調が続くと予想されている。"), c => c.Kind == ClaimKind.YenDirection);
    }

    [Fact]
    public void Read_ErasAndEvents()
    {
        var bubble = One("日経平均はバブル後高値を更新した。", ClaimKind.ExtremeSince);
        Assert.Equal(1992, bubble.Since!.Day!.Year); // a high: from the collapse's first bottom
        Assert.Equal(1990, One("日経平均はバブル後安値を更新した。", ClaimKind.ExtremeSince).Since!.Day!.Year);

        var rank = One("日経平均の上げ幅は、リーマン・ショックの翌日以来の大きさとなった。", ClaimKind.MoveRank);
        Assert.Equal(new SinceDay(2008, 9, 17), rank.Rank!.Since!.Day);
    }

    [Fact]
    public void Read_Contributions_ByNameAliasOrCode()
    {
        var one = One("プラス寄与度トップはTDK <6762>で、日経平均を18.30円押し上げ。", ClaimKind.Driver);
        Assert.Equal(("6762", 18.30m), (one.Subject, one.Value!.Value));

        var two = One("ファーストリテやアドバンテストが2銘柄で約120円分押し下げた。", ClaimKind.Driver);
        Assert.Equal(("9983+6857", -120m, Hedge.About), (two.Subject, two.Value!.Value, two.Hedge));

        Assert.Equal("2413", One("マイナス寄与度は20.01円の押し下げでエムスリー <2413>がトップ。", ClaimKind.Driver).Subject);
    }

    [Fact]
    public void Read_NamedDayFigure_CarriesItsDay()
    {
        var level = Assert.Single(Read("TOPIXの終値は900.12。こちらは3月28日終値(872.42)以来の高値。"), c => c.On is not null);

        Assert.Equal((new SinceDay(null, 3, 28), 872.42m, ClaimSessions.Close, IndexIds.Topix, true), (level.On, level.Value!.Value, level.Session, level.Index, level.ExplicitSubject));
    }

    [Fact]
    public void Read_BreadthAndSectorCounts()
    {
        var claims = Read("日経平均構成銘柄の騰落数は、値上がり12銘柄、値下がり210銘柄だった。業種別では33業種中30業種が上昇した。");

        var up = Assert.Single(claims, c => c.Kind == ClaimKind.Breadth && c.Subject == "advancers");
        Assert.Equal((IndexIds.N225, 12m), (up.Index, up.Value!.Value));
        Assert.Equal(210m, Assert.Single(claims, c => c.Kind == ClaimKind.Breadth && c.Subject == "decliners").Value);
        Assert.Equal(30m, Assert.Single(claims, c => c.Kind == ClaimKind.SectorMove).Value);

        // The board's breadth (東証プライム) is no index's.
        Assert.Null(Assert.Single(Read("東証プライムの値上がり銘柄数は1500、値下がりは300だった。"), c => c.Subject == "advancers").Index);
    }

    [Theory]
    [InlineData("日経平均は前日比120円安と、小幅安でスタートした。")]
    [InlineData("日経平均は前日比80円高と底堅くスタートした。")]
    [InlineData("日経平均は150円安の4万0150円と反落して寄付いた。")]
    public void Read_MoveBeforeWordsOfTheStart_IsTheOpen(string sentence) =>
        Assert.All(Read(sentence).Where(c => c.Kind is ClaimKind.ChangePoints or ClaimKind.Level), c => Assert.Equal(ClaimSessions.Open, c.Session));

    [Theory]
    [InlineData("米株安を受けて東京市場も日経平均は下落してスタート。")]
    [InlineData("日経平均は上昇して始まったが、その後は伸び悩んだ。")]
    public void Read_DirectionBeforeWordsOfTheStart_IsTheOpen(string sentence) =>
        Assert.Equal(ClaimSessions.Open, One(sentence, ClaimKind.Direction).Session);

    [Fact]
    public void Read_StockInASentenceScopedToStocks_ItsExtremeIsNotTheIndexs()
    {
        var claims = Read("TOPIXは0.4%高で終えた。個別では、ソニーが上値を追い、3月2日に付けた年初来高値を更新した。");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.ExtremeSince);
        Assert.Contains(Read("TOPIXは0.4%高で終えた。TOPIXは上値を追い、年初来高値を更新した。"), c => c.Kind == ClaimKind.ExtremeSince && c.Index == IndexIds.Topix);
    }

    [Fact]
    public void Read_StockAsTopic_ItsFiguresAreNotTheIndexs()
    {
        var claims = Read("TOPIXは0.5%安の2750.12で終えた。トヨタ株の下げ幅は一時5%を超え、終値は前日比120円(3%)安い2500円だった。");

        Assert.DoesNotContain(claims, c => c.Index is not null && c.Value is 3m or -3m or 5m or -5m);
    }

    [Fact]
    public void Read_PrimeMarketIndex_IsNotTopix()
    {
        var claims = Read("TOPIXは0.3%安の2750.12ポイントで終えた。東証プライム市場指数は0.3%安の1415.55ポイントだった。");

        Assert.DoesNotContain(claims, c => c.Value == 1415.55m && c.Index != JpxIndices.PrimeMarket.SeriesId);
    }

    [Fact]
    public void Read_HedgedMoveOfTheWeekBefore_IsAMoveOfAnotherScope()
    {
        var claims = Read("日経平均は前週に1500円超値上がりした反動で反落した。");

        var move = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal((1500m, Hedge.MoreThan), (move.Value!.Value, move.Hedge));
        Assert.NotNull(move.ScopeWord);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Level);
    }

    [Fact]
    public void Read_LowerWrittenHikui_IsAFall()
    {
        var claims = Read("TOPIXは前日比12.34ポイント(0.45%)低い2750.12だった。");

        Assert.Equal(-12.34m, One("TOPIXは前日比12.34ポイント(0.45%)低い2750.12だった。", ClaimKind.ChangePoints, IndexIds.Topix).Value);
        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -0.45m });
    }

    [Fact]
    public void Read_ListOfCompaniesWithNado_IsTheTopicOfTheirYearHighs() =>
        Assert.DoesNotContain(Read("日経平均は大幅に続伸した。輸出株が買われ、トヨタやソニー、日立などが軒並み年初来高値を更新した。"), c => c.Kind == ClaimKind.ExtremeSince);

    [Fact]
    public void Read_YenRateAtAMoment_IsSaidAsSuch() =>
        Assert.True(One("外国為替市場で一時1ドル=114円台まで円安が進んだ。", ClaimKind.YenLevel, IndexIds.UsdJpy).AtAMoment);

    [Fact]
    public void Read_LowOfAnotherDay_IsNotTheSessionsLevel() =>
        Assert.DoesNotContain(Read("日経平均は大幅続落した。日経平均は14日安値の1万5383円を一時割り込んだ。"), c => c is { Kind: ClaimKind.Level, Value: 15383m });
}

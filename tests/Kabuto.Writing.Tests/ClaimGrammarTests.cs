using Kabuto.Checking;

namespace Kabuto.Writing.Tests;

/// <summary>The grammar's units, each with a minimal sentence of its own (not the corpus's): units of percent, figures
/// that share a verb, directions without figures, quotes and offsets, and the words that must not become claims.</summary>
public sealed class ClaimGrammarTests
{
    private static IReadOnlyList<Claim> Read(string text) => ClaimExtractor.Read(text).Claims;

    [Theory]
    [InlineData("The Topix fell 1.25 pct on the day.")]
    [InlineData("The Topix fell 1.25 percent on the day.")]
    [InlineData("The Topix fell 1.25 per cent on the day.")]
    [InlineData("The Topix fell 1.25% on the day.")]
    public void Read_PercentInAnyUnit_IsOneNegativeMove(string sentence)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal(("TOPIX", -1.25m, 2), (claim.Index, claim.Value!.Value, claim.Decimals));
    }

    [Fact]
    public void Read_PointsOrPercent_BothShareTheVerbsSign()
    {
        var claims = Read("The Nikkei average shed 386.62 points, or 0.96 pct, to end at 39,894.54.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePoints, Value: -386.62m, Quote: "shed 386.62 points" });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -0.96m, Quote: "0.96 pct" });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.Level, Value: 39894.54m });
    }

    [Theory]
    [InlineData("The TSE Growth Market 250 index fell 1.2% on the day.")]
    [InlineData("The Growth 250 fell 1.2% on the day.")]
    [InlineData("The TSE Mothers index fell 1.2% on the day.")]
    public void Read_GrowthMarket250UnderAnyOfItsNames_IsThatIndexsMove(string sentence)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal(("JPX-0070", -1.2m), (claim.Index, claim.Value!.Value));
    }

    [Fact]
    public void Read_GrowthStocksInGeneral_AreNotTheGrowth250()
    {
        Assert.DoesNotContain(Read("Growth stocks fell 1.2% as yields rose."), c => c.Index == "JPX-0070");
    }

    [Theory]
    [InlineData("The Kospi closed 0.8% lower.", -0.8)]
    [InlineData("The Kospi finished 0.8% higher.", 0.8)]
    public void Read_PercentThenDirection_IsAMove(string sentence, double value)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal((decimal)value, claim.Value);
    }

    [Theory]
    [InlineData("Shares tracked an overnight rally on Wall Street.", "SPX", 1)]
    [InlineData("The Hang Seng tumbled on Tuesday.", "HSI", -1)]
    [InlineData("Japanese markets slumped.", "N225", -1)]
    public void Read_DirectionWithoutFigure_IsADirectionClaim(string sentence, string index, int sign)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.Direction);

        Assert.Equal((index, (decimal)sign), (claim.Index, claim.Value!.Value));
    }

    [Theory]
    [InlineData("The Kospi jumped, gaining 2.1% to 2,650.10.")]
    [InlineData("The Kospi rose to as high as 2,650.10 in the afternoon.")]
    [InlineData("The Kospi rallied to another record close on Monday.")]
    public void Read_VerbThatIntroducesAFigure_IsNoDirectionOfItsOwn(string sentence)
    {
        var claims = Read(sentence);

        Assert.Contains(claims, c => c.Kind is ClaimKind.ChangePercent or ClaimKind.Level or ClaimKind.Record);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Direction);
    }

    [Fact]
    public void Read_DirectionOfOtherDaysBesideAFigure_StaysADirection()
    {
        var claims = Read("After the Kospi advanced strongly on Monday and Tuesday to notch a gain of 90 points in total, it paused.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.Direction, Index: "KOSPI" });
    }

    [Theory]
    [InlineData("“Buyers came back after the Dow's rally,” a trader in Seoul said.", ClaimKind.Direction)]
    [InlineData("“A softer yen helps exporters,” an analyst said.", ClaimKind.YenDirection)]
    [InlineData("\"Buyers came back after the Dow's rally,\" a trader in Seoul said.", ClaimKind.Direction)]
    public void Read_DirectionInSomeonesWords_IsTheirViewNotAClaim(string sentence, ClaimKind kind)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind == kind);
    }

    [Theory]
    [InlineData("A strong yen weighs on exporters' earnings.")]
    [InlineData("Exporters like a weak yen.")]
    public void Read_YenStateWithoutComparison_IsNoMove(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.YenDirection);
    }

    [Fact]
    public void Read_AllTimeHighStatedWithItsDate_IsThePastRecord()
    {
        var claim = Assert.Single(Read("The Kospi's all-time high during intraday trading is 2,900.25, set on March 12."), c => c.Kind == ClaimKind.PreviousRecord);

        Assert.Equal((2900.25m, "intraday"), (claim.Value!.Value, claim.Session));
    }

    [Fact]
    public void Read_ThresholdOfALevel_IsTheLevelReachedNotAClose()
    {
        var claims = Read("Sellers appeared after the Kospi reached the threshold of 2,700 in the early afternoon.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.Above, Value: 2700m });
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Level);
    }

    [Theory]
    [InlineData("The dollar fell to under 143 yen.", Hedge.LessThan)]
    [InlineData("The dollar rose to over 150 yen.", Hedge.MoreThan)]
    public void Read_YenRateWithAHedge_KeepsTheHedge(string sentence, Hedge hedge)
    {
        Assert.Equal(hedge, Assert.Single(Read(sentence), c => c.Kind == ClaimKind.YenLevel).Hedge);
    }

    [Theory]
    [InlineData("Asian markets broadly rose on Thursday.", "asia_pacific", 1, Hedge.About)]
    [InlineData("Stock markets around the world slid.", "world", -1, Hedge.About)]
    [InlineData("Regional bourses were mixed.", "asia_pacific", 0, Hedge.About)]
    [InlineData("Tariff Fears Hammer Global Stocks", "world", -1, Hedge.About)]
    [InlineData("Asian shares all fell.", "asia_pacific", -1, Hedge.Exact)]
    public void Read_MarketsAsAGroup_IsAGroupDirection(string sentence, string group, int sign, Hedge hedge)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.GroupDirection);

        Assert.Equal((group, (decimal)sign, hedge), (claim.Subject!, claim.Value!.Value, claim.Hedge));
    }

    [Theory]
    [InlineData("This blog covers Asia-Pacific markets.")]
    [InlineData("Asian bourses are likely to follow that lead.")]
    public void Read_GroupNamedWithoutAMove_IsNoClaim(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.GroupDirection);
    }

    [Fact]
    public void Read_ReversedLosses_IsNoFallingDirection()
    {
        Assert.DoesNotContain(Read("The Hang Seng reversed losses late in the day."), c => c is { Kind: ClaimKind.Direction, Value: -1 });
    }

    [Fact]
    public void Read_Quote_StandsAtItsOffsetInTheTextAsGiven()
    {
        const string text = "URL: x\r\nDATE: 2025-01-06\r\n\r\nTokyo \u2019s market: the Nikkei 225 rose 1.2% to 40,000.12.";

        var claims = ClaimExtractor.Read(ArticleHeader.Parse(text).Body).Claims;

        Assert.All(claims, c => Assert.Equal(c.Quote, text.Substring(c.Offset, c.Quote!.Length)));
        Assert.Contains(claims, c => c.Quote == "rose 1.2%");
    }

    [Theory]
    [InlineData("The Topix ended the year 17.69 pct above its level of 2023.")]
    [InlineData("A shortage could cost the economy up to \u00a576 trillion.")]
    public void Read_YearsAndMoney_AreNotLevels(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind is ClaimKind.Level or ClaimKind.YenLevel);
    }

    [Theory]
    [InlineData("The Nikkei suffered a record loss the day before.")]
    [InlineData("It was the third-biggest single-day point loss on record for the Nikkei.")]
    [InlineData("The Nikkei logged its highest year-end close on record.")]
    public void Read_RecordOfAMoveOrAPeriod_IsNotALevelRecord(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.Record);
    }

    [Fact]
    public void Read_FirstTimeInYears_CarriesTheYears()
    {
        var claim = Assert.Single(Read("The Nikkei closed above 35,000 for the first time in 34 years."), c => c.Kind == ClaimKind.FirstAbove);

        Assert.Equal(34, claim.SinceYears);
    }

    [Fact]
    public void Read_LaterTitleCaseLines_ArePageClutter()
    {
        var claims = Read("Nikkei Rises\nThe Nikkei 225 rose 1.2% on Monday.\nMore news.\nNikkei Stock Average Falls as Yen Jumps\nTopix Slides 2% in Afternoon");

        Assert.DoesNotContain(claims, c => c.Quote is { } q && (q.Contains("Falls", StringComparison.Ordinal) || q.Contains("Slides", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_DatelineAndWeekday_AreNamedDays()
    {
        var reading = ClaimExtractor.Read("Tokyo, Oct. 27 (Jiji Press)--The Nikkei rose on Monday.");

        Assert.Contains(reading.NamedDays, d => d is { Month: 10, Day: 27, Year: null });
        Assert.Equal(DayOfWeek.Monday, reading.Weekday);
    }

    [Theory]
    [InlineData("The Nikkei extended its winning streak to a fourth session.", 4, null)]
    [InlineData("The Topix extended its losing streak to three trading days.", -3, null)]
    [InlineData("The Nikkei extends rally to sixth session.", 6, null)]
    [InlineData("The Kospi moved higher in back-to-back sessions.", 2, null)]
    [InlineData("The Nikkei rose for the first time in four market days.", 4, "broken")]
    public void Read_StreakAsWiresWordIt_IsAStreak(string sentence, int value, string? subject)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.Streak);

        Assert.Equal(((decimal)value, subject), (claim.Value!.Value, claim.Subject));
    }

    [Theory]
    [InlineData("The Nikkei posted its highest finish since Feb. 22, 1990.", 1, 1990, 2, 22)]
    [InlineData("The Topix ended at its lowest close since August 6.", -1, null, 8, 6)]
    public void Read_ExtremeSinceADay_CarriesTheDay(string sentence, int value, int? year, int month, int day)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ExtremeSince);

        Assert.Equal(((decimal)value, new SinceDay(year, month, day)), (claim.Value!.Value, claim.Since!.Day));
    }

    [Fact]
    public void Read_SpanExtreme_CountsMonthsBack()
    {
        var claim = Assert.Single(Read("The Nikkei hit an eight-month low on Monday."), c => c.Kind == ClaimKind.ExtremeSince);

        Assert.Equal(8, claim.Since!.Months);
    }

    [Theory]
    [InlineData("The Nikkei retreated from 34-year highs.")]
    [InlineData("The Nikkei came off an eight-month low.")]
    public void Read_ExtremeNotReachedToday_IsNoClaim(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.ExtremeSince);
    }

    [Fact]
    public void Read_ExtremeApproached_IsANearClaim()
    {
        var claim = Assert.Single(Read("The Nikkei closed near an eight-month low."), c => c.Kind == ClaimKind.ExtremeSince);

        Assert.True(claim.Near);
        Assert.Equal(-1, claim.Value);
    }

    [Theory]
    [InlineData("The Topix hit a three-week high.", 3)]
    [InlineData("The Nikkei closed at a two-week low.", 2)]
    public void Read_ExtremeInWeeks_CountsWeeks(string sentence, int weeks)
    {
        Assert.Equal(weeks, Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ExtremeSince).Since!.Weeks);
    }

    [Theory]
    [InlineData("The Nikkei finished at its best year-end level ever.", null)]
    [InlineData("The Nikkei topped the previous year-end record closing high of 38,915.87.", "38915.87")]
    public void Read_YearEndRecord_IsAYearEndClaim(string sentence, string? value)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.YearEndRecord);

        Assert.Equal(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), claim.Value);
    }

    [Theory]
    [InlineData("The Nikkei rallied about 3% to breach the 38,000 mark briefly on Tuesday.", "rallied about 3%", DayOfWeek.Tuesday)]
    [InlineData("The Nikkei lost 4,451.28 points Monday.", "lost 4,451.28 points", DayOfWeek.Monday)]
    public void Read_WeekdayInTheClause_IsKeptForTheSession(string sentence, string quote, DayOfWeek day)
    {
        Assert.Contains(Read(sentence), c => c.Quote == quote && c.Context.Weekdays.Contains(day));
    }

    [Theory]
    [InlineData("The yen slipped against the U.S. dollar.", 1)]
    [InlineData("Exporters fell as the yen extended its recovery.", -1)]
    [InlineData("Yen surges to 141 per dollar.", -1)]
    [InlineData("Hopes of a rate hike were boosting the yen.", -1)]
    public void Read_YenDirectionInProse_IsAYenDirection(string sentence, int value)
    {
        var claim = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.YenDirection);

        Assert.Equal((decimal)value, claim.Value);
    }

    [Fact]
    public void Read_DayRange_IsTheDaysLowAndHigh()
    {
        var levels = Read("The Nikkei rallied 2.2 percent after trading between 57,656.50 and 58,875.17.").Where(c => c.Kind == ClaimKind.Level).ToList();

        Assert.Equal([57656.50m, 58875.17m], levels.Select(c => c.Value!.Value).Order());
        Assert.All(levels, c => Assert.Equal(ClaimSessions.Intraday, c.Session));
    }

    [Theory]
    [InlineData("Just six business days later, the Nikkei surpassed the 40,000 milestone.")]
    [InlineData("The Nikkei 225 exceeded 40,000 for the first time ever.")]
    public void Read_CrossingWords_AreMilestones(string sentence)
    {
        Assert.Contains(Read(sentence), c => c.Kind is ClaimKind.Above or ClaimKind.FirstAbove && c.Value == 40000m);
    }

    [Fact]
    public void Read_DirectionAcrossAnAside_IsRead()
    {
        Assert.Contains(Read("Tokyo stocks, meanwhile, fell on the final trading day of 2025."), c => c.Kind == ClaimKind.Direction && c.Value == -1);
    }

    [Theory]
    [InlineData("The Topix rose. Among exporters, Kirin Holdings fell 2.40%.", "Kirin Holdings")]
    [InlineData("The Topix rose. Of the index's heavyweights, Kirin Holdings fell 2.40%.", "Kirin Holdings")]
    [InlineData("The Topix rose. On the downside, Kirin Holdings fell 2.40%.", "Kirin Holdings")]
    [InlineData("The Topix rose. Meanwhile, Kirin Holdings fell 2.40%.", "Kirin Holdings")]
    public void Read_MemberAfterAScopingPhrase_IsTheMembersMove(string text, string name)
    {
        var claim = Assert.Single(Read(text), c => c.Kind == ClaimKind.MemberMove);

        Assert.Equal((name, -2.40m), (claim.Subject, claim.Value));
    }

    [Fact]
    public void Read_IndexNamedOnlyInTheScopeBeforeAMember_IsNotTheSubjectOfItsFigures()
    {
        var claims = Read("The Topix rose. Of the Topix's members, Kirin Holdings added the most, gaining 12.3 points on a 2.40% rise.");

        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints && c.Value is 2.40m or 12.3m);
        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Kirin Holdings", Value: 2.40m });
    }

    [Theory]
    [InlineData("Seven & i Holdings slipped 1.10%.", "Seven & i Holdings")]
    [InlineData("Shares of Seven & i Holdings slipped 1.10%.", "Seven & i Holdings")]
    [InlineData("T&D Holdings slipped 1.10%.", "T&D Holdings")]
    public void Read_NameWithAnAmpersand_IsTheWholeName(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(Read("The Nikkei rose. " + sentence), c => c.Kind == ClaimKind.MemberMove).Subject);
    }

    [Theory]
    [InlineData("Tokyo stocks rose on Friday after a drop the previous day. The Nikkei gained 1.2% to 40,100.50.", DayOfWeek.Friday)]
    [InlineData("The Nikkei gained 120.50 points from Thursday to end at 40,100.50.", null)]
    [InlineData("The Nikkei fell 0.5% in the previous session, Thursday. It rebounded on Friday.", DayOfWeek.Friday)]
    public void Read_ArticleWeekday_SkipsBasesAndDaysAfterPriorSessionWords(string text, DayOfWeek? day) =>
        Assert.Equal(day, ClaimExtractor.Read(text).Weekday);

    [Fact]
    public void Read_ParticipleWithItsOwnPeriod_DoesNotLendItToTheFigureBefore()
    {
        var claims = Read("The Nikkei closed 0.8% lower, capping a weekly loss of 2.1%.");

        Assert.Null(Assert.Single(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -0.8m }).Period);
        Assert.Equal(PeriodKind.Week, Assert.Single(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -2.1m }).Period?.Kind);
    }

    [Fact]
    public void Read_ParticipleNamingAnotherDay_KeepsItsWeekdayToItself()
    {
        var up = Assert.Single(Read("The Nikkei was up 0.9% at 40,100.50, bouncing back from a 1.5% drop on Monday."), c => c is { Kind: ClaimKind.ChangePercent, Value: 0.9m });

        Assert.DoesNotContain(DayOfWeek.Monday, up.Context.Weekdays);
    }

    [Theory]
    [InlineData("The Topix closed the week 1.3% lower.")]
    [InlineData("The Topix ended the week 1.3% lower.")]
    public void Read_ClosedTheWeek_IsAWeeklyMove(string sentence) =>
        Assert.Equal(PeriodKind.Week, Assert.Single(Read(sentence), c => c.Kind == ClaimKind.ChangePercent).Period?.Kind);

    [Fact]
    public void Read_RecordBetweenTwoNames_BelongsToTheNameBeforeIt()
    {
        var records = Read("Topix ends at record high as exporters follow Wall Street rally").Where(c => c.Kind == ClaimKind.Record).ToList();

        Assert.Equal(["TOPIX"], records.Select(c => c.Index));
        Assert.Equal(2, Read("The S&P 500 and the Nasdaq reached record closing highs.").Count(c => c.Kind == ClaimKind.Record));
    }

    [Theory]
    [InlineData("Earlier in the session, the Topix rose to a record high of 3,412.50.")]
    [InlineData("The Topix opened up 5 points and then extended gains, reaching 3,412.50, an all-time high.")]
    public void Read_RecordLaterInTheSession_IsIntraday(string sentence) =>
        Assert.Equal(ClaimSessions.Intraday, Assert.Single(Read(sentence), c => c.Kind == ClaimKind.Record).Session);

    [Theory]
    [InlineData("The Topix ended at a record closing high for the fourth straight session.", 4)]
    [InlineData("The Topix rose 0.5%, marking its third consecutive day at a record high.", 3)]
    [InlineData("The Topix closed at a record high on Friday for a fifth consecutive session.", 5)]
    public void Read_StreakOfRecords_IsNotAStreakOfGains(string sentence, int n)
    {
        var streak = Assert.Single(Read(sentence), c => c.Kind == ClaimKind.Streak);

        Assert.Equal(("record", (decimal)n), (streak.Subject, streak.Value!.Value));
    }

    [Fact]
    public void Read_CompanyWithWhichClause_IsTheMembersMoveNotTheIndexs()
    {
        var claims = Read("The Nikkei fell 0.4%. Losers included heavyweight Fast Retailing, which fell 2.3%.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Fast Retailing", Value: -2.3m });
        Assert.DoesNotContain(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -2.3m });
    }

    [Fact]
    public void Read_SharesOfADescribedCompany_AreNotTheIndexs()
    {
        var claims = Read("The Nikkei fell 0.7%. Shares of chip-testing equipment maker Advantest recovered to end down 0.6%.");

        Assert.DoesNotContain(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: -0.6m, Index: "N225" });
    }

    [Fact]
    public void Read_ReutersCodes_IndexCodeIsNoCompanyAndAStockCodeSitsBesideItsName()
    {
        var claims = Read("The Nikkei .N225 was down 0.7% at 40,100.50. Chip maker Tokyo Electron 8035.T jumped 5.7%.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Index: "N225", Value: -0.7m });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Tokyo Electron", Value: 5.7m });
        Assert.DoesNotContain(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "N225" });
    }

    [Fact]
    public void Read_PriorDayAfterFollowing_StaysInItsOwnClause()
    {
        var record = Assert.Single(Read("The Nikkei surged to finish at an all-time high on Friday following the gauge's downturn the previous day."), c => c.Kind == ClaimKind.Record);

        Assert.Equal(0, record.DaysBack);
    }

    [Fact]
    public void Read_FollowingItsOwnSlide_KeepsTheSubjectOfItsSentence() =>
        Assert.DoesNotContain(Read("The Nikkei rose 1.2%. A weaker yen helped exporters, following its slide to a record low against the euro."),
            c => c is { Kind: ClaimKind.Record, Index: "N225" });

    [Fact]
    public void Read_PreviousYearEndRecordMarkedOnADay_IsNoAllTimeRecord() =>
        Assert.DoesNotContain(Read("The Nikkei closed at 39,894.54, topping the previous year-end record closing high of 38,915.87, marked on Dec. 29, 1989."),
            c => c.Kind == ClaimKind.PreviousRecord);

    [Fact]
    public void Read_PreviousHighAlsoRecordedOnAWeekday_IsAPreviousRecord() =>
        Assert.Contains(Read("The Topix ended at 3,100.50. Its previous all-time high was 3,090.10, also recorded Wednesday."),
            c => c is { Kind: ClaimKind.PreviousRecord, Value: 3090.10m });

    [Fact]
    public void Read_StockPriceInYen_IsNoYenRate() =>
        Assert.DoesNotContain(Read("The Nikkei rose 1.4%. Tokyo Electron gained 4.7% to ¥26,805.0, and Advantest rose 3.3% to 15,500 yen."), c => c.Kind == ClaimKind.YenLevel);

    [Fact]
    public void Read_Nikkei225StockAverage_IsOneIndexName()
    {
        var claims = Read("The Nikkei 225 Stock Average increased 1.4% to 45,100.50.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Index: "N225", Value: 1.4m });
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.MemberMove);
    }

    [Fact]
    public void Read_DippedBelowTensOfThousandsOfPoints_IsALevelNotAMove()
    {
        var claims = Read("The Nikkei briefly dipped below 45,000 points as the yen strengthened.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.Level, Value: 45000m, Hedge: Hedge.LessThan });
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.ChangePoints);
    }
}

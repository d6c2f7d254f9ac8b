using Kabuto.Checking;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>The fourth batch of fresh Japanese wraps: stretches other than the day (a named month, a fiscal year's end, a
/// duration, a past month as the time of a clause), hedged moves that are no levels, a stock's relative clause, the base
/// 「きのうに比べ」, a holiday's weekday and a wire's time stamp. Invented sentences only.</summary>
public sealed class JapaneseSpanTests
{
    private static readonly JapaneseReader Reader = new();

    private static IReadOnlyList<Claim> Read(string text) => Reader.Read(text).Claims;

    [Fact]
    public void NamedMonth_IsTheMonthsMove()
    {
        var claims = Read("日経平均は5月に1234円(4.5%)下落した。");

        var points = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(-1234m, points.Value);
        Assert.Equal(PeriodKind.Month, points.Period!.Kind);
        Assert.Equal(5, points.Period.Month);
        Assert.Equal(5, Assert.Single(claims, c => c.Kind == ClaimKind.ChangePercent).Period!.Month);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Direction); // the month's direction, not the day's
    }

    [Fact]
    public void NamedMonth_OneMonthSpan_AndNotADayOfIt()
    {
        var month = Assert.Single(Read("日経平均、7月の1カ月で3000円超上昇した。"), c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(PeriodKind.Month, month.Period!.Kind);
        Assert.Equal(7, month.Period.Month);
        Assert.Equal(Hedge.MoreThan, month.Hedge);

        var day = Assert.Single(Read("日経平均は7月12日に1234円下落した。"), c => c.Kind == ClaimKind.ChangePoints);
        Assert.Null(day.Period);
    }

    [Fact]
    public void FiscalYearEnd_IsTheBaseOfTheMove()
    {
        var claims = Read("東証株価指数(TOPIX)は19年度末比321・45ポイント高の1876・54だった。");

        var points = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(PeriodKind.Since, points.Period!.Kind);
        Assert.Equal(new SinceDay(2020, 3, 31), points.Period.Day);
        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.Level).Period);

        var percent = Assert.Single(Read("日経平均は、2万円台だった2019年度末と比べて約25%上昇した。"), c => c.Kind == ClaimKind.ChangePercent);
        Assert.Equal(new SinceDay(2020, 3, 31), percent.Period!.Day);
        Assert.DoesNotContain(Read("日経平均は、2万円台だった2019年度末と比べて約25%上昇した。"), c => c.Kind == ClaimKind.Direction);
    }

    [Fact]
    public void UnnamedFiscalYearEnd_AndADayInBrackets_AreOtherScopes()
    {
        var move = Assert.Single(Read("日経平均は前期末(3万1234円56銭=2022年3月31日)に比べて7%高となった。"), c => c.Kind == ClaimKind.ChangePercent);
        Assert.NotNull(move.ScopeWord);

        Assert.Equal(new SinceDay(2022, 3, 31), move.Period!.Day);

        var claims = Read("TOPIX(1987.65ポイント=同)は3%高だった。");
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.Level or ClaimKind.ChangePercent);
    }

    [Fact]
    public void LevelOfAPastTimeInARelativeClause_IsLeftOut()
    {
        var claims = Read("日経平均は4万1234円56銭となり、3万円超だった前年末と比べて大きく上昇した。");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Level && c.Value == 30000m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Level && c.Value == 41234.56m);
        Assert.Contains(Read("日経平均の終値は4万1234円56銭だった。"), c => c.Kind == ClaimKind.Level && c.Value == 41234.56m);
    }

    [Fact]
    public void Duration_IsAnotherScope_AndItsDirectionIsNotTheDays()
    {
        var claims = Read("日経平均は一昨年秋の2万5000円台から2年足らずで1万円以上、値上がりした。");

        var move = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(10000m, move.Value);
        Assert.Equal(Hedge.MoreThan, move.Hedge);
        Assert.NotNull(move.ScopeWord);
        Assert.Null(move.Period); // 「年足らず」 is no yearly bar (年足)
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.Direction or ClaimKind.Level);
    }

    [Fact]
    public void PastMonthAsTheTimeOfAClause_LeavesItsRecordsAndLevelsOut()
    {
        Assert.DoesNotContain(Read("日経平均は19年5月には28年ぶりに最高値を更新し、3万円台に突入した。"), c => c.Kind is ClaimKind.Record or ClaimKind.ExtremeSince or ClaimKind.Above or ClaimKind.FirstAbove);
        Assert.DoesNotContain(Read("日経平均も上昇傾向を強め、8月には2万7000円台に乗せた。"), c => c.Kind is ClaimKind.Above or ClaimKind.Level);
    }

    [Fact]
    public void SinceTheYearBegan_IsYearToDate_AndItsDirectionNotTheDays()
    {
        Assert.DoesNotContain(Read("日本株は2023年に入り、大きく上昇しています。"), c => c.Kind == ClaimKind.Direction);
        Assert.Equal(PeriodKind.YearToDate, Assert.Single(Read("日経平均は今年に入り3000円上昇した。"), c => c.Kind == ClaimKind.ChangePoints).Period!.Kind);
    }

    [Fact]
    public void PastDayAsTheTimeOfAClause_LeavesItsFirstsOut()
    {
        Assert.DoesNotContain(Read("日経平均は1月5日に3万円台で取引を始め、2月9日には初めて3万5000円台をつけた。"), c => c.Kind is ClaimKind.FirstAbove or ClaimKind.Above or ClaimKind.Level);
    }

    [Fact]
    public void FigureWhereTheHighWasSet_IsIntraday()
    {
        var claims = Read("後場の日経平均は512円高の3万2109円87銭で高値をつけた。");
        Assert.All(claims.Where(c => c.Kind is ClaimKind.ChangePoints or ClaimKind.Level), c => Assert.Equal(ClaimSessions.Intraday, c.Session));
        Assert.Equal(2, claims.Count(c => c.Kind is ClaimKind.ChangePoints or ClaimKind.Level));
    }

    [Fact]
    public void YenPullbackWithinTheDay_IsNotTheDaysMove()
    {
        Assert.DoesNotContain(Read("長期金利が低下したほか、為替市場でも円安方向への巻き戻しが入った。"), c => c.Kind == ClaimKind.YenDirection);
        Assert.Contains(Read("外国為替市場で円安・ドル高が進んだ。"), c => c.Kind == ClaimKind.YenDirection);
    }

    [Fact]
    public void PostBubbleHigh_CountsFromTheCollapsesFirstBottom()
    {
        var high = Assert.Single(Read("日経平均は大幅続伸し、バブル経済崩壊後の最高値を更新した。"), c => c.Kind == ClaimKind.ExtremeSince);
        Assert.Equal(new DateOnly(1992, 8, 18), high.Since!.From(new DateOnly(2018, 1, 23)));
    }

    [Fact]
    public void MonthOfAPastPeak_IsNoTimeOfTheClause()
    {
        var claims = Read("日経平均は2000年4月に付けた高値(2万0833円)を上回り、3日続伸した。");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Streak);
    }

    [Theory]
    [InlineData("日経平均は一時は800円を上回る上昇を示した。", 800)]
    [InlineData("日経平均は先週900円以上、下落した。", -900)]
    [InlineData("3000円を超える下げ幅は過去最大となった。", -3000)]
    [InlineData("日経平均の上げ幅は一時、1200円を超え、4万円に迫った。", 1200)]
    public void HedgedRoundFigureBeforeAMove_IsAMoveNotALevel(string text, int value)
    {
        var claims = Read(text);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Level && c.Value == Math.Abs(value));
        var move = Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints && c.Index == IndexIds.N225);
        Assert.Equal(value, move.Value);
        Assert.Equal(Hedge.MoreThan, move.Hedge);
    }

    [Fact]
    public void LevelCrossedThenRising_StaysALevel()
    {
        var claims = Read("日経平均は一時4万1500円を超えて上昇した。");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.ChangePoints);
        Assert.Contains(claims, c => c.Kind is ClaimKind.Level or ClaimKind.Above && c.Value == 41500m);
    }

    [Fact]
    public void StocksRelativeClause_IsNotTheIndexs()
    {
        var claims = Read("日経平均は123.45円安で取引終了…個別では「前日比+18.2%」値上がりした銘柄も。");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.ChangePercent);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Direction && c.Value > 0);
        Assert.Equal(-123.45m, Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints).Value);
    }

    [Fact]
    public void YesterdayAsTheBase_IsNoOtherScope()
    {
        var claims = Read("日経平均株価の終値は、きのうに比べ987円高い、4万3210円でした。");

        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.ChangePoints).ScopeWord);
        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.Level).ScopeWord);
        Assert.All(claims, c => Assert.Equal(0, c.DaysBack));
    }

    [Fact]
    public void MorningSessionEnded_IsTheMorning()
    {
        var move = Assert.Single(Read("日経平均の前場は600円を超える上昇で終えた。"), c => c.Kind == ClaimKind.ChangePoints);
        Assert.Equal(ClaimSessions.Morning, move.Session);
    }

    [Fact]
    public void HolidaysWeekday_IsNoWeekday_AndAWireStampNamesTheDay()
    {
        var reading = Reader.Read("*04/18 15:30JST 日経平均は続伸。14日は海外市場の多くがグッドフライデー(聖金曜日)の祝日で休場だった。");

        Assert.Null(reading.Weekday);
        Assert.Contains(reading.NamedDays, d => d.Month == 4 && d.Day == 18);
    }
}

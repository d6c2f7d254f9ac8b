using System.Text;
using Kabuto.Core.Errors;
using Kabuto.Live.Feeds.KabuStation;

namespace Kabuto.Live.Tests.KabuStation;

public sealed class KabuBoardMessageTests
{
    private static KabuBoardMessage Parse(string json) => KabuBoardMessage.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_SameMomentWithPlus9AndPlus8Offsets_SameUtcInstant()
    {
        var jst = Parse("""{"Symbol":"101","Exchange":1,"CurrentPrice":38123.45,"CurrentPriceTime":"2026-12-07T09:00:05+09:00"}""");
        var china = Parse("""{"Symbol":"101","Exchange":1,"CurrentPrice":38123.45,"CurrentPriceTime":"2026-12-07T08:00:05+08:00"}""");

        Assert.True(jst.HasPrice);
        Assert.Equal(jst.CurrentPriceTime!.Value.UtcTicks, china.CurrentPriceTime!.Value.UtcTicks);
        Assert.Equal(new DateTime(2026, 12, 7, 0, 0, 5, DateTimeKind.Utc).Ticks, china.CurrentPriceTime.Value.UtcTicks);
    }

    [Fact]
    public void Parse_SameClockTimeWithPlus8Offset_OneHourLaterThanJst()
    {
        var jst = Parse("""{"Symbol":"101","Exchange":1,"CurrentPrice":1,"CurrentPriceTime":"2026-12-07T09:00:05+09:00"}""");
        var china = Parse("""{"Symbol":"101","Exchange":1,"CurrentPrice":1,"CurrentPriceTime":"2026-12-07T09:00:05+08:00"}""");

        Assert.Equal(TimeSpan.FromHours(1), china.CurrentPriceTime!.Value - jst.CurrentPriceTime!.Value);
    }

    [Fact]
    public void Parse_FullBoardWithDepthAndUnknownFields_ReadsPriceAndPreviousClose()
    {
        var message = Parse("""
            {"Symbol":"9433","SymbolName":"ＫＤＤＩ","Exchange":1,"ExchangeName":"東証プ","CurrentPrice":2408.5,
             "CurrentPriceTime":"2026-12-07T10:15:00.123+09:00","CurrentPriceChangeStatus":"0057","CurrentPriceStatus":1,
             "CalcPrice":2408.5,"PreviousClose":2400,"BidPrice":2409,"AskPrice":2408.5,
             "Sell1":{"Time":"2026-12-07T10:15:00+09:00","Sign":"0101","Price":2409,"Qty":100},
             "Buy1":{"Price":2408.5,"Qty":300},"Future":[1,{"a":null}],"TradingVolume":1234500}
            """);

        Assert.Null(message.Problem);
        Assert.Equal("9433@1", message.Key);
        Assert.Equal(2408.5m, message.CurrentPrice);
        Assert.Equal(2400m, message.PreviousClose);
        Assert.Equal(new DateTime(2026, 12, 7, 1, 15, 0, 123, DateTimeKind.Utc).Ticks, message.CurrentPriceTime!.Value.UtcTicks);
    }

    [Fact]
    public void Parse_NullCurrentPrice_NoTickAndNoProblem()
    {
        var message = Parse("""{"Symbol":"151","Exchange":1,"CurrentPrice":null,"CurrentPriceTime":null,"PreviousClose":2850.12}""");

        Assert.Null(message.Problem);
        Assert.False(message.HasPrice);
        Assert.Equal(2850.12m, message.PreviousClose);
    }

    [Theory]
    [InlineData("""{"Exchange":1,"CurrentPrice":1,"CurrentPriceTime":"2026-12-07T09:00:05+09:00"}""", "has no Symbol")]
    [InlineData("""{"Symbol":"101","CurrentPrice":1,"CurrentPriceTime":"2026-12-07T09:00:05+09:00"}""", "Symbol 101 has no Exchange")]
    [InlineData("""{"Symbol":"101","Exchange":1,"CurrentPrice":1}""", "Symbol 101 has a CurrentPrice but no CurrentPriceTime")]
    [InlineData("""{"Symbol":"101","Exchange":1,"CurrentPrice":1,"CurrentPriceTime":"2026-12-07T09:00:05"}""", "CurrentPriceTime '2026-12-07T09:00:05', not an ISO time with a UTC offset")]
    [InlineData("""[1,2]""", "is not a JSON object")]
    [InlineData("""{"Symbol":"101","Exchange":1,"CurrentPrice":""", "is not valid JSON")]
    public void Parse_MissingOrMalformedField_ProblemNamesIt(string json, string expected)
    {
        var message = Parse(json);

        Assert.False(message.HasPrice);
        Assert.Contains(expected, message.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseList_FiftyOneSymbols_TooManyNamed()
    {
        var list = string.Join(',', Enumerable.Range(1000, 51).Select(c => $"{c}@1"));

        var error = Assert.Throws<UserInputException>(() => KabuStationSymbol.ParseList(list));

        Assert.Contains("too many symbols: 51 given, kabu STATION registers at most 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseList_DefaultsAndStocks_MapsIndicesToSeries()
    {
        var symbols = KabuStationSymbol.ParseList("101@1,151@1=TOPIX,7203@1");

        Assert.Equal(["N225", "TOPIX", null], symbols.Select(s => s.SeriesId));
        Assert.Equal("7203@1", symbols[2].Key);
    }

    [Theory]
    [InlineData("101")]
    [InlineData("101@x")]
    [InlineData("101@1=")]
    [InlineData("101@1,101@1")]
    public void ParseList_BadSymbol_OneLineUserError(string text) =>
        Assert.Throws<UserInputException>(() => KabuStationSymbol.ParseList(text));

    [Theory]
    [InlineData("2026-12-07T11:45:00+09:00", "lunch break")]
    [InlineData("2026-12-07T10:45:00+08:00", "lunch break")]
    [InlineData("2026-12-07T08:59:00+09:00", "outside trading hours")]
    [InlineData("2026-12-07T15:30:00+09:00", "outside trading hours")]
    [InlineData("2026-12-05T10:00:00+09:00", "weekend")]
    [InlineData("2026-12-07T10:00:00+09:00", null)]
    [InlineData("2026-12-07T12:30:00+09:00", null)]
    public void QuietPeriod_JstTimeOfDay_ExpectedSilenceOrTrading(string time, string? expected)
    {
        var quiet = KabuStationTickSource.QuietPeriod(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        if (expected is null)
        {
            Assert.Null(quiet);
        }
        else
        {
            Assert.StartsWith(expected, quiet, StringComparison.Ordinal);
        }
    }
}

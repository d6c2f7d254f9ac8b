using Kabuto.Writing.Text;

namespace Kabuto.Writing.Tests.Japanese;

public sealed class JapaneseNumbersTests
{
    [Theory]
    [InlineData("57650.54", true, "5万7650円54銭")]
    [InlineData("20868.03", true, "2万0868円03銭")]
    [InlineData("20868.03", false, "2万868円03銭")]
    [InlineData("40913.65", false, "4万913円65銭")]
    [InlineData("1286.60", true, "1286円60銭")]
    [InlineData("-1286.6", true, "1286円60銭")]
    [InlineData("0.84", true, "0円84銭")]
    [InlineData("57000", true, "5万7000円00銭")]
    [InlineData("2644", true, "2644円00銭")]
    [InlineData("100000000.5", true, "1億円50銭")]
    [InlineData("50000", true, "5万円00銭")]
    public void Yen_Value_PrintsWithManGroupingAndSen(string value, bool pad, string expected)
    {
        Assert.Equal(expected, JapaneseNumbers.Yen(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), pad));
    }

    [Theory]
    [InlineData("1286.595", "1286円60銭")]
    [InlineData("1286.594", "1286円59銭")]
    [InlineData("0.005", "0円01銭")]
    [InlineData("0.004", "0円00銭")]
    [InlineData("99.995", "100円00銭")]
    public void Yen_ThirdDecimal_RoundsToTheSenHalfAwayFromZero(string value, string expected)
    {
        Assert.Equal(expected, JapaneseNumbers.Yen(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("57650.99", "5万7650円")]
    [InlineData("1286.60", "1286円")]
    [InlineData("29123.18", "2万9123円")]
    public void YenTruncated_Headline_TruncatesNeverRounds(string value, string expected)
    {
        Assert.Equal(expected, JapaneseNumbers.YenTruncated(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Amount_TurnoverAndVolume_TruncateToOkuAndMan()
    {
        Assert.Equal("2兆6190億", JapaneseNumbers.Amount(2_619_012_345_678m, 1_0000_0000m));
        Assert.Equal("18億0716万", JapaneseNumbers.Amount(1_807_163_000m, 1_0000m));
        Assert.Equal("4兆7090億", JapaneseNumbers.Amount(4_709_099_999_999m, 1_0000_0000m));
    }

    [Fact]
    public void Decimal2_PointsAndLevels_GroupOnlyFromMan()
    {
        Assert.Equal("37.26", JapaneseNumbers.Decimal2(-37.26m));
        Assert.Equal("3855.28", JapaneseNumbers.Decimal2(3855.28m));
        Assert.Equal("2万3238.67", JapaneseNumbers.Decimal2(23238.67m));
        Assert.Equal("2.05%", JapaneseNumbers.Percent(-2.046m));
    }

    [Theory]
    [InlineData("5万7650円54銭", "57650.54", JapaneseUnit.Yen, 0)]
    [InlineData("1286円60銭高", "1286.60", JapaneseUnit.Yen, 1)]
    [InlineData("266.74円安", "266.74", JapaneseUnit.Yen, -1)]
    [InlineData("37.26ポイント", "37.26", JapaneseUnit.Points, 0)]
    [InlineData("(2.05%)", "2.05", JapaneseUnit.Percent, 0)]
    [InlineData("(0・91%)", "0.91", JapaneseUnit.Percent, 0)]
    [InlineData("2兆6190億円", "2619000000000", JapaneseUnit.Yen, 0)]
    [InlineData("18億0716万株", "1807160000", JapaneseUnit.Shares, 0)]
    [InlineData("５万７６５０円５４銭", "57650.54", JapaneseUnit.Yen, 0)]
    [InlineData("４万913円65銭", "40913.65", JapaneseUnit.Yen, 0)]
    [InlineData("2万0868円03銭", "20868.03", JapaneseUnit.Yen, 0)]
    [InlineData("52,869.41円", "52869.41", JapaneseUnit.Yen, 0)]
    [InlineData("5万円台", "50000", JapaneseUnit.Yen, 0)]
    [InlineData("140ドル安", "140", JapaneseUnit.Dollar, -1)]
    [InlineData("5万0135ドル87セント", "50135.87", JapaneseUnit.Dollar, 0)]
    [InlineData("0円84銭高", "0.84", JapaneseUnit.Yen, 1)]
    [InlineData("39銭", "0.39", JapaneseUnit.Yen, 0)]
    [InlineData("5銭安", "0.05", JapaneseUnit.Yen, -1)]
    public void ReadOne_WireFormats_ReadsValueUnitAndSign(string text, string value, JapaneseUnit unit, int sign)
    {
        var number = JapaneseNumbers.ReadOne(text);

        Assert.NotNull(number);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(unit, number.Unit);
        Assert.Equal(sign, number.Sign);
    }

    [Fact]
    public void ReadOne_SenRange_ReadsBothEnds()
    {
        var number = JapaneseNumbers.ReadOne("1ドル=153円54～56銭")?.Value;

        Assert.Null(number); // two numbers: the 1 of 1ドル and the rate
        var rate = JapaneseNumbers.Read("1ドル=153円54～56銭")[1];
        Assert.Equal(153.54m, rate.Value);
        Assert.Equal(153.56m, rate.UpperValue);
    }

    [Fact]
    public void Read_Sentence_FindsEveryNumberInOrder()
    {
        var numbers = JapaneseNumbers.Read("指数は3日続伸し、前日比1286円60銭(2.28%)高の5万7650円54銭で終えた。");

        Assert.Equal([3m, 1286.60m, 2.28m, 57650.54m], numbers.Select(n => n.Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void YenThenRead_SeededRandomValues_RoundTripToTheSen(bool pad)
    {
        var random = new Random(20260210);
        for (var i = 0; i < 5000; i++)
        {
            var value = RandomValue(random);

            var read = JapaneseNumbers.ReadOne(JapaneseNumbers.Yen(value, pad));

            Assert.Equal(Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero), read?.Value);
        }
    }

    [Fact]
    public void OtherFormatsThenRead_SeededRandomValues_RoundTrip()
    {
        var random = new Random(57650);
        for (var i = 0; i < 5000; i++)
        {
            var value = RandomValue(random);
            var cents = Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero);

            Assert.Equal(cents, JapaneseNumbers.ReadOne(JapaneseNumbers.Decimal2(value) + "ポイント")?.Value);
            Assert.Equal(cents, JapaneseNumbers.ReadOne(JapaneseNumbers.Dollars(value))?.Value);
            Assert.Equal(decimal.Truncate(Math.Abs(value)), JapaneseNumbers.ReadOne(JapaneseNumbers.YenTruncated(value))?.Value);
            Assert.Equal(decimal.Truncate(Math.Abs(value) * 1000m), JapaneseNumbers.ReadOne(JapaneseNumbers.Amount(value * 1000m, 1m) + "株")?.Value);
        }
    }

    [Fact]
    public void Grouped_PaddingRule_PadsOnlyGroupsBelowAHigherOne()
    {
        Assert.Equal("1億", JapaneseNumbers.Grouped(100_000_000m));
        Assert.Equal("1億0001万0001", JapaneseNumbers.Grouped(100_010_001m));
        Assert.Equal("1億1万1", JapaneseNumbers.Grouped(100_010_001m, pad: false));
        Assert.Equal("9999", JapaneseNumbers.Grouped(9999m));
        Assert.Equal("0", JapaneseNumbers.Grouped(0m));
    }

    /// <summary>Values from 0.00 to about 10^10 with two decimals, weighted toward wire-sized figures.</summary>
    private static decimal RandomValue(Random random)
    {
        var digits = random.Next(1, 11);
        var whole = (decimal)Math.Floor(random.NextDouble() * Math.Pow(10, digits));
        var value = whole + (random.Next(0, 1000) / 1000m);
        return random.Next(2) == 0 ? value : -value;
    }
}

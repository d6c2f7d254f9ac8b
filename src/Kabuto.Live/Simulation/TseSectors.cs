namespace Kabuto.Live.Simulation;

/// <summary>A TSE 33-industry sector: its code, English name and a rough share of listings (simulator weighting).</summary>
public readonly record struct TseSector(string Code, string Name, int Listings);

/// <summary>The TSE 33 industry sectors in code order.</summary>
public static class TseSectors
{
    public static IReadOnlyList<TseSector> All { get; } =
    [
        new("0050", "Fishery, Agriculture & Forestry", 11),
        new("1050", "Mining", 6),
        new("2050", "Construction", 160),
        new("3050", "Foods", 125),
        new("3100", "Textiles & Apparels", 50),
        new("3150", "Pulp & Paper", 25),
        new("3200", "Chemicals", 210),
        new("3250", "Pharmaceutical", 70),
        new("3300", "Oil & Coal Products", 10),
        new("3350", "Rubber Products", 18),
        new("3400", "Glass & Ceramics Products", 58),
        new("3450", "Iron & Steel", 45),
        new("3500", "Nonferrous Metals", 35),
        new("3550", "Metal Products", 90),
        new("3600", "Machinery", 230),
        new("3650", "Electric Appliances", 240),
        new("3700", "Transportation Equipment", 90),
        new("3750", "Precision Instruments", 50),
        new("3800", "Other Products", 110),
        new("4050", "Electric Power & Gas", 24),
        new("5050", "Land Transportation", 65),
        new("5100", "Marine Transportation", 15),
        new("5150", "Air Transportation", 5),
        new("5200", "Warehousing & Harbor Transportation Services", 40),
        new("5250", "Information & Communication", 520),
        new("6050", "Wholesale Trade", 320),
        new("6100", "Retail Trade", 350),
        new("7050", "Banks", 82),
        new("7100", "Securities & Commodity Futures", 40),
        new("7150", "Insurance", 13),
        new("7200", "Other Financing Business", 35),
        new("8050", "Real Estate", 150),
        new("9050", "Services", 540),
    ];

    public static string NameOf(string code)
    {
        foreach (var sector in All)
        {
            if (sector.Code == code)
            {
                return sector.Name;
            }
        }

        return code;
    }
}

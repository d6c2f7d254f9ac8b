namespace Kabuto.Live.Simulation;

/// <summary>A TSE 33-industry sector: its code, English name, a rough share of listings (simulator weighting) and a
/// noun for made-up company names.</summary>
public readonly record struct TseSector(string Code, string Name, int Listings, string Noun);

/// <summary>The TSE 33 industry sectors in code order.</summary>
public static class TseSectors
{
    public static IReadOnlyList<TseSector> All { get; } =
    [
        new("0050", "Fishery, Agriculture & Forestry", 11, "Suisan"),
        new("1050", "Mining", 6, "Mining"),
        new("2050", "Construction", 160, "Construction"),
        new("3050", "Foods", 125, "Foods"),
        new("3100", "Textiles & Apparels", 50, "Textile"),
        new("3150", "Pulp & Paper", 25, "Paper"),
        new("3200", "Chemicals", 210, "Chemical"),
        new("3250", "Pharmaceutical", 70, "Pharma"),
        new("3300", "Oil & Coal Products", 10, "Oil"),
        new("3350", "Rubber Products", 18, "Rubber"),
        new("3400", "Glass & Ceramics Products", 58, "Glass"),
        new("3450", "Iron & Steel", 45, "Steel"),
        new("3500", "Nonferrous Metals", 35, "Metals"),
        new("3550", "Metal Products", 90, "Metalworks"),
        new("3600", "Machinery", 230, "Machinery"),
        new("3650", "Electric Appliances", 240, "Electric"),
        new("3700", "Transportation Equipment", 90, "Motors"),
        new("3750", "Precision Instruments", 50, "Optical"),
        new("3800", "Other Products", 110, "Products"),
        new("4050", "Electric Power & Gas", 24, "Power"),
        new("5050", "Land Transportation", 65, "Railway"),
        new("5100", "Marine Transportation", 15, "Shipping"),
        new("5150", "Air Transportation", 5, "Airways"),
        new("5200", "Warehousing & Harbor Transportation Services", 40, "Logistics"),
        new("5250", "Information & Communication", 520, "Telecom"),
        new("6050", "Wholesale Trade", 320, "Trading"),
        new("6100", "Retail Trade", 350, "Retail"),
        new("7050", "Banks", 82, "Bank"),
        new("7100", "Securities & Commodity Futures", 40, "Securities"),
        new("7150", "Insurance", 13, "Insurance"),
        new("7200", "Other Financing Business", 35, "Finance"),
        new("8050", "Real Estate", 150, "Realty"),
        new("9050", "Services", 540, "Services"),
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

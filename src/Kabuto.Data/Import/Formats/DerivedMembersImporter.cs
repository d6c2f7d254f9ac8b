using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>shared/data/derived/nikkei225-members.csv: one row per code that was a Nikkei 225 member between
/// 2026-03-16 and 2026-04-24, with names, sector and an estimated PAF. Each row gives an instrument and its N225
/// membership (two membership rows when the PAF changes on 2026-04-01).</summary>
public sealed class DerivedMembersImporter : IFormatImporter
{
    /// <summary>The first date the derived file describes (its member prices start here).</summary>
    public static readonly DateOnly WindowStart = new(2026, 3, 16);

    private static readonly DateOnly ReviewDate = new(2026, 4, 1);

    public string Format => "derived-members";

    public bool Detect(FileSample sample) =>
        ImporterHelpers.First(sample).StartsWith("code,name_en,name_ja,sector33_code", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        List<string> h = [];
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                h = Csv.Split(text.TrimStart('\uFEFF'));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count < h.Count)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(CultureInfo.InvariantCulture), $"has {f.Count} fields, the header has {h.Count}");
                continue;
            }

            string Get(string name) => f[ImporterHelpers.Column(h, name)];
            var code = Get("code").ToUpperInvariant();
            var membership = Get("membership");
            var (from, to) = membership switch
            {
                "both" => (WindowStart, (DateOnly?)null),
                _ when membership.StartsWith("until ", StringComparison.Ordinal) && Parse.TryDate(membership[6..], out var until) => (WindowStart, until),
                _ when membership.StartsWith("from ", StringComparison.Ordinal) && Parse.TryDate(membership[5..], out var since) => (since, (DateOnly?)null),
                _ => (DateOnly.MinValue, null),
            };
            if (from == DateOnly.MinValue)
            {
                sink.Reject(number, text, Rules.BadValue, membership, "membership is not 'both', 'until YYYY-MM-DD' or 'from YYYY-MM-DD'");
                continue;
            }

            decimal? paf = Parse.TryDecimal(Get("paf_estimate"), out var p) ? p : null;
            decimal? pafApril = Parse.TryDecimal(Get("paf_from_2026_04_01"), out var pa) ? pa : paf;
            sink.Instrument(number, new Instrument(code, Get("name_en"))
            {
                NameJa = Get("name_ja"),
                Sector33Code = Get("sector33_code"),
                Sector33Name = Get("sector33_name_en"),
            });
            var source = Get("paf_source");
            if (pafApril != paf && from < ReviewDate && (to is null || to >= ReviewDate))
            {
                sink.Membership(number, new MembershipRow(IndexIds.N225, code, from, ReviewDate.AddDays(-1), paf, source));
                sink.Membership(number, new MembershipRow(IndexIds.N225, code, ReviewDate, to, pafApril, source));
            }
            else
            {
                sink.Membership(number, new MembershipRow(IndexIds.N225, code, from, to, paf, source));
            }
        }
    }
}

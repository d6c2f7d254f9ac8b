using System.Globalization;
using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Watch;

/// <summary>How the watch runs: the store, where the editions go, the sources, the languages, and the member
/// attributions behind the drivers (the CLI's definitions plus the stored Nikkei basket).</summary>
public sealed record WatchOptions
{
    public required string DatabasePath { get; init; }

    public required string OutputFolder { get; init; }

    public required FetchSettings Fetch { get; init; }

    public IReadOnlyList<ArticleLanguage> Languages { get; init; } = [ArticleLanguage.English, ArticleLanguage.Japanese];

    public Func<IMarketStore, IAttributionSource?>? Attributions { get; init; }

    /// <summary>A live feed beside the watch (<c>--feed kabustation</c>) writing each index's 11:30 level: the midday
    /// step waits for them (at most <see cref="WatchSchedule.LiveFeedWait"/>) and counts TOPIX's as expected.</summary>
    public LiveMorningLevels? LiveFeed { get; init; }
}

/// <summary>The close-to-draft pipeline of the Tokyo market (docs/watch.md): for each trading day it waits for the
/// providers' publication times (<see cref="WatchSchedule"/>), fetches what they published, and writes the midday and
/// close editions (Markdown, HTML, JSON; English and Japanese) to the output folder. A run whose data is incomplete
/// drafts with what the store holds and says, in the draft and in its status, what is missing; the final close run is
/// tried again until the data is complete or <see cref="WatchSchedule.LastRetryJst"/>. On a day Tokyo does not trade it
/// says why and writes nothing. Every wait goes through <paramref name="clock"/>, so a test drives a day in moments.</summary>
public sealed class TokyoWatch(WatchOptions options, FetchHttp http, TimeProvider clock, Action<string> say)
{
    private const string Market = Markets.Tokyo;

    private readonly IExchangeCalendar _tokyo = TokyoCalendar.Instance;
    private readonly EditionFiles _files = new(options.OutputFolder);

    public EditionFiles Files => _files;

    /// <summary>Today in Tokyo by the clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(NowJst.DateTime);

    private DateTimeOffset NowJst => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _tokyo.TimeZone);

    /// <summary><paramref name="once"/>: run the editions due now (of <paramref name="day"/>, default today) and return.
    /// Otherwise watch <paramref name="day"/> until its final close edition, or, with no day, every day from today on
    /// until cancelled.</summary>
    public async Task<IReadOnlyList<EditionStatus>> RunAsync(DateOnly? day, bool once, CancellationToken cancellation = default)
    {
        var written = new List<EditionStatus>();
        if (once || day is not null)
        {
            await WatchDay(day ?? Today, once, written, cancellation).ConfigureAwait(false);
            return written;
        }

        for (var next = Today; !cancellation.IsCancellationRequested; next = next.AddDays(1))
        {
            await WatchDay(next, once: false, written, cancellation).ConfigureAwait(false);
        }

        return written;
    }

    private async Task WatchDay(DateOnly day, bool once, List<EditionStatus> written, CancellationToken cancellation)
    {
        var tokyo = Calendar();
        var status = tokyo.Status(day);
        if (!status.IsTradingDay)
        {
            say(string.Create(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd} is not a Tokyo trading day ({Describe(status)}): no session, no editions; next session {tokyo.NextTradingDay(day):yyyy-MM-dd}"));
            return;
        }

        var steps = WatchSchedule.For(day, tokyo);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var at = At(day, step.AtJst);
            // A step another of its edition supersedes by the time it would run (a start after 16:30) is passed over.
            if (steps.Skip(i + 1).Any(s => s.Edition == step.Edition && At(day, s.AtJst) <= NowJst))
            {
                continue;
            }

            if (at > NowJst)
            {
                if (once)
                {
                    say(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} {step.Name} edition: due at {step.AtJst:HH\\:mm} JST, not yet"));
                    continue;
                }

                await Wait(at, cancellation).ConfigureAwait(false);
            }

            var result = await Run(step, cancellation).ConfigureAwait(false);
            // Retried until 18:00, but never into the next step's time: an incomplete midday edition must not hold up the close.
            var retryUntil = i + 1 < steps.Count && At(day, steps[i + 1].AtJst) < At(day, WatchSchedule.LastRetryJst)
                ? At(day, steps[i + 1].AtJst)
                : At(day, WatchSchedule.LastRetryJst);
            while (step.IsFinal && !once && !result.Complete && NowJst.Add(WatchSchedule.RetryEvery) <= retryUntil)
            {
                await Wait(NowJst.Add(WatchSchedule.RetryEvery), cancellation).ConfigureAwait(false);
                result = await Run(step, cancellation).ConfigureAwait(false);
            }

            written.Add(result);
        }
    }

    /// <summary>Tokyo's calendar as the store knows it now: the law's, with the exchange's own days where a fetch has
    /// stored them (ADR 0018), read again each day.</summary>
    private IExchangeCalendar Calendar()
    {
        if (!MarketStore.MayExist(options.DatabasePath))
        {
            return _tokyo;
        }

        using var store = MarketStore.OpenToRead(options.DatabasePath);
        return Calendars.For(Market, store);
    }

    /// <summary>One step: fetch, check what is held, write the edition in every language.</summary>
    public async Task<EditionStatus> Run(WatchStep step, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        var failures = new List<string>();
        if (step.Edition == WrapEdition.Midday && options.LiveFeed is { } feed)
        {
            await WaitForFeed(feed, step, cancellation).ConfigureAwait(false);
        }

        using var store = MarketStore.Open(options.DatabasePath);
        var fetch = new FetchService(store, FetchService.Providers(options.Fetch, http));
        foreach (var source in step.Fetches)
        {
            var report = await fetch.RunAsync([source.Source], new FetchRange(source.From, source.To, Today), cancellation).ConfigureAwait(false);
            foreach (var s in report.Sources)
            {
                if (s.Error is { } error)
                {
                    failures.Add(error);
                }

                say(string.Create(CultureInfo.InvariantCulture,
                    $"{NowJst:HH:mm} JST {step.Day:yyyy-MM-dd} {step.Name}: {s.Source} {s.Status.Replace('_', ' ')}, {s.Requests:N0} request(s), {s.Inserted:N0} store row(s) written"));
            }
        }

        var missing = Completeness.Check(store, step, options.Fetch.JQuantsPlan, failures, liveFeed: options.LiveFeed is not null);
        var facts = new FactBookDayFacts(new FactBook(store, options.Attributions?.Invoke(store)));
        var writer = new WrapWriter(store, facts, new BarFactBook(store, rankings: false));
        var articles = options.Languages.Select(language => Draft(writer, step, language, missing)).ToList();
        var status = _files.Write(Market, step.Day, step, clock.GetUtcNow(), missing, articles);
        var folder = Path.Combine(_files.Folder, step.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var completeness = status.Complete ? "complete" : $"incomplete, missing: {string.Join("; ", status.Missing)}";
        say(string.Create(CultureInfo.InvariantCulture, $"{NowJst:HH:mm} JST {step.Day:yyyy-MM-dd} {step.Name} edition written to {folder} ({completeness})"));
        return status;
    }

    /// <summary>The wrap of what the store holds, with the missing data as a notice at the top; when not even the main
    /// index is held, the notice alone.</summary>
    private static Article Draft(WrapWriter writer, WatchStep step, ArticleLanguage language, IReadOnlyList<MissingData> missing)
    {
        Article article;
        try
        {
            article = writer.Write(Market, step.Day, step.Edition, language);
        }
        catch (UserInputException e)
        {
            var headline = language == ArticleLanguage.Japanese
                ? $"東京市場 {(step.Edition == WrapEdition.Midday ? "前引け" : "大引け")}: 未作成({step.Day:M月d日}のデータ未着)"
                : $"Tokyo {EditionFiles.Edition(step.Edition)}: not drafted, the data for {step.Day:MMM. d} is not held yet";
            article = new Article(Market, step.Day, EditionFiles.Edition(step.Edition), new ParagraphBuilder().Text(headline).Build(),
                [new Section(SectionKind.Notice, null, [new ParagraphBuilder().Text(e.Message).Build()])], []) { Language = language };
        }

        if (missing.Count == 0)
        {
            return article;
        }

        var japanese = language == ArticleLanguage.Japanese;
        var notice = new Section(SectionKind.Notice,
            japanese ? "速報(データ不足): 取得済みのデータで作成。未取得:" : "Incomplete draft, written with the data held; not held yet:",
            missing.Select(m => new ParagraphBuilder().Text(japanese ? m.Japanese : m.English).Build()).ToList(), IsList: true);
        return article with { Sections = [notice, .. article.Sections] };
    }

    /// <summary>The feed writes the 11:30 levels once it has been silent a while in the lunch break, about when the
    /// midday step is due: wait for them, but not past <see cref="WatchSchedule.LiveFeedWait"/> (a feed that is down
    /// leaves the edition to Yahoo's minute bars).</summary>
    private async Task WaitForFeed(LiveMorningLevels feed, WatchStep step, CancellationToken cancellation)
    {
        try
        {
            await feed.Written(step.Day).WaitAsync(WatchSchedule.LiveFeedWait, clock, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            say(string.Create(CultureInfo.InvariantCulture,
                $"{NowJst:HH:mm} JST {step.Day:yyyy-MM-dd} {step.Name}: the live feed has not written the 11:30 levels after {WatchSchedule.LiveFeedWait.TotalMinutes:0} minutes; writing without them"));
        }
    }

    private DateTimeOffset At(DateOnly day, TimeOnly jst)
    {
        var local = day.ToDateTime(jst);
        return new DateTimeOffset(local, _tokyo.TimeZone.GetUtcOffset(local));
    }

    private async Task Wait(DateTimeOffset until, CancellationToken cancellation)
    {
        var wait = until - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellation).ConfigureAwait(false);
        }
    }

    private static string Describe(DayStatus status) => status.Kind switch
    {
        DayKind.Weekend => "weekend",
        _ when status.Reason is { Length: > 0 } reason => reason,
        _ => status.Kind.ToString(),
    };
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using Kabuto.TestSupport;
using Xunit.Abstractions;

namespace Kabuto.Cli.Tests;

/// <summary>Seeded fuzz over the CLI: argument vectors built from the command table (every command, argument and
/// option), with dates valid and invalid, years huge and negative, ids known and unknown, paths missing, binary, empty
/// and folders, then mutated (tokens dropped, swapped, junk inserted). Every run must end with exit 0, 1 or 2, at most
/// one line on stderr (exactly one when it fails) and no exception out of the CLI. Runs in-process against a small
/// temporary store. serve (a server), bench and demo (seconds by design) only get arguments that return at once;
/// simulate always gets a small --ticks and --stocks and an --out (not the temp-folder default). Reproduce a failure with KABUTO_FUZZ_SEED and KABUTO_FUZZ_CASES.</summary>
public sealed class CliFuzzTests(CliFuzzTests.Sandbox sandbox, ITestOutputHelper output) : IClassFixture<CliFuzzTests.Sandbox>
{
    private const int DefaultSeed = 20_260_318;
    private const int DefaultCases = 2_000;

    // fetch and watch ask the sources on the network (watch also waits for the clock) and live listens to a broker's app:
    // their contracts are tested against fake servers and a simulated clock (FetchCommandTests, WatchTokyoTests,
    // KabuStationLiveCommandTests), never here.
    private static readonly HashSet<string> LeftOut = ["serve", "bench", "demo", "fetch", "live", "watch"];

    [Fact]
    public void Run_RandomArgumentVectors_ExitZeroOneOrTwoWithAtMostOneStderrLine()
    {
        var seed = Setting("KABUTO_FUZZ_SEED", DefaultSeed);
        var cases = Setting("KABUTO_FUZZ_CASES", DefaultCases);
        var random = new Random(seed);
        var commands = KabutoCli.Build(new CliGlobals(TextWriter.Null, TextWriter.Null)).Subcommands
            .Where(c => !LeftOut.Contains(c.Name)).ToList();
        var failures = new List<string>();
        var codes = new int[3];
        var byCommand = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var clock = new System.Diagnostics.Stopwatch();
        var milliseconds = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < cases; i++)
        {
            var args = sandbox.Vector(random, commands);
            clock.Restart();
            var (problem, code) = Contract(args);
            var key = args.Length == 0 ? "(none)" : Show([args[0]]);
            milliseconds[key] = milliseconds.GetValueOrDefault(key) + clock.ElapsedMilliseconds;
            if (problem is not null)
            {
                failures.Add($"case {i}: kabuto {Show(args)}\n    {problem}");
            }
            else
            {
                codes[code]++;
                (byCommand.TryGetValue(key, out var counts) ? counts : byCommand[key] = new int[3])[code]++;
            }
        }

        output.WriteLine($"{cases} cases, seed {seed}: exit 0/1/2 {string.Join('/', codes)}; by command: "
                         + string.Join(", ", byCommand.Select(c => $"{c.Key} {string.Join('/', c.Value)} in {milliseconds[c.Key]:N0} ms")));

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {cases} runs broke the contract (seed {seed}):\n{string.Join('\n', failures.Take(25))}");

        // A fuzz that only ever hits usage errors tests nothing: every outcome must occur often.
        Assert.All(codes, count => Assert.True(count > cases / 20, $"exit codes 0/1/2: {string.Join('/', codes)}"));
    }

    [Fact]
    public void Vector_SameSeed_SameArguments()
    {
        var commands = KabutoCli.Build(new CliGlobals(TextWriter.Null, TextWriter.Null)).Subcommands.ToList();
        string Draw()
        {
            var random = new Random(7);
            return string.Join('|', Enumerable.Range(0, 50).Select(_ => Show(sandbox.Vector(random, commands))));
        }


        Assert.Equal(Draw(), Draw());
    }

    /// <summary>The contract for one run: null when kept, else what broke.</summary>
    private static (string? Problem, int Code) Contract(string[] args)
    {
        int code;
        string err;
        try
        {
            (code, _, err) = Cli.Run(args);
        }
        catch (Exception e)
        {
            return ($"unhandled {e.GetType().Name}: {e.Message}", -1);
        }

        var lines = err.TrimEnd('\n').Split('\n');
        if (code is < 0 or > 2)
        {
            return ($"exit {code}", code);
        }

        if (err.Length > 0 && lines.Length > 1)
        {
            return ($"exit {code} with {lines.Length} lines on stderr: {Quote(err)}", code);
        }

        if (code != 0 && err.Trim().Length == 0)
        {
            return ($"exit {code} without a word on stderr", code);
        }

        return err.Contains("Exception", StringComparison.Ordinal) || err.Contains("System.", StringComparison.Ordinal)
            ? ($"exit {code} leaking .NET internals: {Quote(err)}", code)
            : (null, code);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Show(string[] args) => string.Join(' ', args.Select(a => a.Length > 0 && !a.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\'') ? a : Quote(a)));

    private static string Quote(string text)
    {
        var shown = new StringBuilder("'");
        foreach (var c in text.Length > 300 ? text[..300] : text)
        {
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return shown.Append('\'').ToString();
    }

    /// <summary>A temporary folder with a small store (N225, TOPIX and two stocks, 19 Feb to 8 Mar 2024), a tick file, and files
    /// of every awkward kind; and the value pools the vectors draw from, each split into well-formed values and odd ones.
    /// Half the vectors are well-formed (good values, a good store, no mutation) so that the runs reach the commands'
    /// work and not only their checks; the other half are hostile.</summary>
    public sealed class Sandbox : IDisposable
    {
        private readonly TempDirectory _dir = new();
        private readonly Pool _paths;
        private readonly Pool _folders;
        private readonly Pool _stores;
        private readonly Pool _tickFiles;
        private readonly Pool _definitions;
        private readonly Pool _outputs;
        private readonly Pool _memberFiles;
        private readonly Pool _articles;
        private readonly Pool _importPaths;
        private readonly Pool _corpora;

        public Sandbox()
        {
            var store = _dir.File("k.db");
            var days = TradingDays(new DateOnly(2024, 2, 19), new DateOnly(2024, 3, 8));
            var nikkei = Write("data/nikkei-225.csv", "date,value\n" + string.Concat(days.Select((d, i) => $"{d:yyyy-MM-dd},{38000 + (i * 37 % 500)}.25\n")));
            var topix = Write("data/topix.csv", "date,value\n" + string.Concat(days.Select((d, i) => $"{d:yyyy-MM-dd},{2600 + (i * 11 % 90)}.5\n")));
            var prices = Path.Combine(_dir.Path, "prices");
            foreach (var (code, price) in new[] { ("7203", 3500), ("6857", 6000) })
            {
                Write($"prices/{code}.T.csv", $"Price,Close,High,Low,Open,Volume\nTicker,{code}.T,{code}.T,{code}.T,{code}.T,{code}.T\nDate,,,,,\n"
                    + string.Concat(days.Select((d, i) => $"{d:yyyy-MM-dd},{price + (i * 5)},{price + (i * 5) + 10},{price + (i * 5) - 10},{price + (i * 5) - 3},100000\n")));
            }

            Run("import", nikkei, topix, prices, "--db", store);

            var readOnly = _dir.File("read-only.db");
            File.Copy(store, readOnly);
            ReadOnlyFile.Make(readOnly);

            var ticks = _dir.File("session.kbt");
            Run("simulate", "--date", "2024-03-01", "--out", ticks, "--ticks", "1000", "--stocks", "60");
            var truncated = _dir.File("truncated.kbt");
            var tickBytes = File.ReadAllBytes(ticks);
            File.WriteAllBytes(truncated, tickBytes[..(tickBytes.Length / 3)]);

            var binary = new byte[1_500];
            new Random(3).NextBytes(binary);
            var blob = WriteBytes("files/blob.csv", binary);
            var blobText = WriteBytes("files/blob.txt", binary);
            var empty = Write("files/empty.csv", string.Empty);
            var emptyText = Write("files/empty.txt", string.Empty);
            var article = Write("files/article.txt", "TOKYO (Reuters) - Japan's Nikkei share average rose 0.5% to 38,100.25 on Friday, March 1, 2024.\n");
            var notes = Write("files/notes.csv", "this is not market data\nat all\n");
            var utf16 = WriteBytes("files/utf16.csv", Encoding.Unicode.GetBytes("date,value\n2024-02-19,1\n"));
            var json = Write("files/definition.json", """{ "id": "x", "methodology": "price_weighted", "divisor": 1, "official_series": "N225", "members": [{ "code": "7203", "factor": 1 }] }""");
            var badJson = Write("files/bad.json", "{ \"id\": ");
            var members = Write("files/members.csv", "code,name_en,membership,paf_estimate,paf_from_2026_04_01,paf_source\n6857,ADVANTEST,both,8.0,7.2,fact+kabukabu:9\n7203,TOYOTA,both,1.0,1.0,assumed 1\n");
            var usdJpy = Write("more/usd-jpy.csv", "date,value\n" + string.Concat(days.Select((d, i) => $"{d:yyyy-MM-dd},{150 + (i % 3)}.25\n")));
            var corpus = Path.Combine(_dir.Path, "corpus");
            Directory.CreateDirectory(corpus);
            File.Copy(article, Path.Combine(corpus, "a.txt"));
            File.WriteAllText(Path.Combine(corpus, "expectations.jsonl"), "{\"file\": \"a.txt\", \"published\": \"2024-03-01\", \"session_date\": \"2024-03-01\", \"edition\": \"close\", \"claims\": []}\n");
            var emptyFolder = Path.Combine(_dir.Path, "empty-folder");
            Directory.CreateDirectory(emptyFolder);
            var missing = _dir.File("missing.csv");
            var missingFolder = Path.Combine(_dir.Path, "no-such-folder", "x.csv");
            var data = Path.Combine(_dir.Path, "data");
            var files = Path.Combine(_dir.Path, "files");
            var repoDefinitions = RepositoryDefinitions() is { } found ? new[] { found } : [];

            string[] odd = [blob, blobText, empty, emptyText, notes, utf16, badJson, missing, missingFolder, truncated, "-", emptyFolder, files];
            _folders = new([emptyFolder, .. repoDefinitions], [data, files, prices, Path.GetDirectoryName(missingFolder)!, missing, blob]);
            _paths = new([nikkei, topix, article, json, members, ticks, data], odd);
            _importPaths = new([nikkei, topix, usdJpy, data, prices, Path.GetDirectoryName(usdJpy)!], [.. odd, article, members, json]);
            _stores = new([store, store, store, readOnly], [_dir.File("fresh.db"), readOnly, blob, empty, notes, emptyFolder, missingFolder]);
            _tickFiles = new([ticks], [truncated, blob, empty, missing, emptyFolder, nikkei]);
            _corpora = new([corpus], [emptyFolder, files, missing, blob]);
            _definitions = new([json, .. repoDefinitions.SelectMany(d => Directory.GetFiles(d, "*.json"))], [badJson, blob, empty, missing, emptyFolder, article]);
            _outputs = new([_dir.File("out.kbt")], [missingFolder, emptyFolder, blob]);
            _memberFiles = new([members], [blob, empty, missing, notes, emptyFolder]);
            _articles = new([article, Path.Combine(corpus, "a.txt")], odd);
        }

        private static readonly Pool Markets = new(
            ["tokyo", "tokyo", "newyork", "seoul", "hongkong", "shanghai", "sydney", "singapore", "mumbai", "TOKYO"], ["paris", "-", "N225"]);

        private static readonly Pool Indices = new(["N225", "N225", "TOPIX", "n225"], ["DJIA", "USDJPY", "SPX", "NOPE", "N225 ", "日経", "tokyo"]);

        private static readonly Pool Dates = new(
            ["2024-02-19", "2024-02-22", "2024-03-01", "2024-03-08", "2024-02-23", "2024-02-24", "2024-02-26", "2026-03-18", "2027-01-05"],
            [
                "0001-01-01", "9999-12-31", "1955-01-04", "1954-12-31", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01",
                "2024-1-1", "20240219", "19-02-2024", "2024/02/19", "today", " 2024-02-19", "2024-02-19T09:00", "-2024-01-01", "99999-01-01", "２０２４-０２-１９",
            ]);

        private static readonly Pool Years = new(["2024", "2026", "1955", "2099"], ["1954", "2100", "9999", "10000", "99999", "0", "-5", "2147483647", "-2147483648", "2147483648", "abc", "2024.5", "1e3"]);

        private static readonly Pool Seeds = new(["1", "7", "-1", "2147483647"], ["0", "-2147483648", "99999999999999999999", "abc", "1.5", "NaN"]);

        private static readonly Pool Ticks = new(["1000", "1500"], ["999", "0", "-1", "abc", "99999999999999999999"]);

        private static readonly Pool Stocks = new(["60", "80"], ["59", "0", "-3", "x"]);

        private static readonly Pool Rates = new(["0", "0.01", "0.5", "1e-3"], ["0.6", "-0.1", "NaN", "Infinity", "-Infinity", "abc"]);

        private static readonly Pool Editions = new(["close", "midday", "morning"], ["evening", "CLOSE "]);

        private static readonly Pool ArticleFormats = new(["md", "html", "json", "markdown"], ["pdf", "MD"]);

        private static readonly Pool ImportFormats = new(["plain-csv"], ["ohlc-csv", "nikkei-official", "lean-ticks", "derived-members", "session-levels", "nope"]);

        private static readonly string[][] EarlyExits =
        [
            ["serve", "--rate-limit", "0"], ["serve", "--rate-limit", "-5"], ["serve", "--rate-limit", "lots"], ["serve", "--help"],
            ["bench", "--runs", "x"], ["bench", "--help"], ["demo", "--seed", "x"], ["demo", "--help"], ["demo", "--seed"],
        ];

        private static readonly string[][] NotCommands = [[], ["--json"], ["nosuch"], ["IMPORT"], ["levelz", "N225"], ["--nope"], ["-"], [""], ["--help"], ["--version"], ["\n"]];

        private static readonly string[] Junk = ["--nope", "-x", "", " ", "--", "-", "\n", "é", "--json", "--help", "-h", "--version", "N225", "2024-03-01", "--from", "--to"];

        public string[] Vector(Random random, IReadOnlyList<Command> commands)
        {
            var roll = random.NextDouble();
            if (roll < 0.03)
            {
                // The left-out commands, only with arguments that return at once.
                return [.. Pick(random, EarlyExits), "--db", _stores.Good[0]];
            }

            if (roll < 0.06)
            {
                // No command, or a word that is not one.
                return [.. Pick(random, NotCommands), "--db", _stores.Good[0]];
            }

            var hostile = random.NextDouble() < 0.5;
            var command = commands[random.Next(commands.Count)];
            if (command.Name is "simulate" or "replay" && random.NextDouble() < 0.5)
            {
                // A tick session costs tens of milliseconds even when small: drawn half as often as the others.
                command = commands[random.Next(commands.Count)];
            }

            var tokens = new List<string> { command.Name };
            foreach (var argument in command.Arguments)
            {
                if (hostile && random.NextDouble() < 0.05)
                {
                    continue;
                }

                var count = argument.Arity.MaximumNumberOfValues > 1 ? random.Next(1, 4) : 1;
                for (var i = 0; i < count; i++)
                {
                    tokens.Add(Value(random, hostile, command.Name, argument.Name));
                }
            }

            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"))
            {
                var bounded = command.Name == "simulate" && option.Name is "--ticks" or "--stocks" or "--out";
                if (!bounded && random.NextDouble() > (option.Required ? 0.95 : 0.35))
                {
                    continue;
                }

                tokens.Add(option.Name);
                if (option.ValueType != typeof(bool))
                {
                    tokens.Add(Value(random, hostile, command.Name, option.Name));
                }
                else if (hostile && random.NextDouble() < 0.2)
                {
                    tokens.Add(Pick(random, ["true", "false", "maybe"]));
                }
            }

            if (hostile)
            {
                Mutate(random, tokens);
            }

            if (random.NextDouble() < 0.3)
            {
                tokens.Add("--json");
            }

            // Always a store inside the sandbox: without --db the CLI would use ./kabuto.db.
            tokens.Add("--db");
            tokens.Add(_stores.Pick(random, hostile));
            return [.. tokens];
        }

        private static void Mutate(Random random, List<string> tokens)
        {
            var roll = random.NextDouble();
            if (roll < 0.15 && tokens.Count > 1)
            {
                tokens.RemoveAt(random.Next(1, tokens.Count));
            }
            else if (roll < 0.3)
            {
                tokens.Insert(random.Next(1, tokens.Count + 1), Pick(random, Junk));
            }
            else if (roll < 0.4 && tokens.Count > 2)
            {
                var (a, b) = (random.Next(1, tokens.Count), random.Next(1, tokens.Count));
                (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
            }
            else if (roll < 0.5 && tokens.Count > 1)
            {
                tokens[random.Next(1, tokens.Count)] = string.Empty;
            }
        }

        private string Value(Random random, bool hostile, string command, string name) => (name switch
        {
            "market" => Markets,
            "market-or-index" => random.NextDouble() < 0.5 ? Markets : Indices,
            "index" or "--against" => Indices,
            "year" => Years,
            "date" or "--date" or "--from" or "--to" or "--published" or "--raw-from" => Dates,
            "--edition" => Editions,
            "--format" when command == "import" => ImportFormats,
            "--format" => ArticleFormats,
            "--ticks" => Ticks,
            "--stocks" => Stocks,
            "--faults" => Rates,
            "--seed" => Seeds,
            "--out" => _outputs,
            "--members" => _memberFiles,
            "--definitions" => _folders,
            "dir" => _corpora,
            "definition" => _definitions,
            "file" => _articles,
            "files" when command == "replay" => _tickFiles,
            "path" when command == "import" => _importPaths,
            _ => _paths,
        }).Pick(random, hostile);

        private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

        private string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

        private string WriteBytes(string relative, byte[] bytes)
        {
            var path = Path.Combine(_dir.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        private static void Run(params string[] args)
        {
            var (code, _, err) = Cli.Run(args);
            if (code != KabutoCli.Ok)
            {
                throw new InvalidOperationException($"sandbox setup failed: kabuto {string.Join(' ', args)}: {err}");
            }
        }

        private static List<DateOnly> TradingDays(DateOnly from, DateOnly to)
        {
            var days = new List<DateOnly>();
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d != new DateOnly(2024, 2, 23))
                {
                    days.Add(d);
                }
            }

            return days;
        }

        private static string? RepositoryDefinitions()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "definitions");
                if (File.Exists(Path.Combine(dir.FullName, "Kabuto.slnx")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        public void Dispose() => _dir.Dispose();

        /// <summary>Values of one kind: well-formed ones, and odd ones that only hostile vectors draw (half the time).</summary>
        private sealed record Pool(string[] Good, string[] Odd)
        {
            public string Pick(Random random, bool hostile) =>
                hostile && random.NextDouble() < 0.5 ? Sandbox.Pick(random, Odd) : Sandbox.Pick(random, Good);
        }
    }
}

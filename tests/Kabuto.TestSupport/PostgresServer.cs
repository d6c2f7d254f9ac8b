using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kabuto.TestSupport;

/// <summary>A PostgreSQL server for tests: the one <c>$KABUTO_TEST_POSTGRES</c> names (a connection string whose user
/// may create databases), else a throwaway cluster this test process starts on loopback with the installed
/// PostgreSQL's initdb and pg_ctl (as user postgres when running as root, which PostgreSQL refuses) and stops when the
/// process exits. Without PostgreSQL a test calling <see cref="CreateDatabase"/> gets null locally (it returns early)
/// and fails in CI (CI=true), like <see cref="SharedData"/>.</summary>
public static class PostgresServer
{
    public const string Variable = "KABUTO_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string Why)> Server = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new empty database on the server, dropped on dispose; null when there is no server outside CI.</summary>
    public static TestDatabase? CreateDatabase()
    {
        var (server, why) = Server.Value;
        if (server is null)
        {
            return SharedData.InCi ? throw new InvalidOperationException($"PostgreSQL is needed by this test and {why}") : null;
        }

        var name = $"kabuto_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new TestDatabase(server, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString, name);
    }

    private static (string?, string) Locate()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return (configured, "is configured");
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return bin is null
            ? (null, $"neither ${Variable} is set nor PostgreSQL installed (/usr/lib/postgresql/*/bin/initdb): run .ci/install")
            : (Cluster.Start(bin).ConnectionString, "was started");
    }

    /// <summary>A cluster in a temporary folder, on a free loopback port, trusting local connections: test use only.</summary>
    private sealed class Cluster
    {
        private readonly string _bin;
        private readonly string _data;
        private readonly bool _asPostgres;

        private Cluster(string bin, string data, bool asPostgres, int port)
        {
            (_bin, _data, _asPostgres) = (bin, data, asPostgres);
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=kabuto;Database=postgres;Pooling=false";
        }

        public string ConnectionString { get; }

        public static Cluster Start(string bin)
        {
            RemoveLeftovers();
            var data = Path.Combine(Path.GetTempPath(), $"kabuto-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
            Directory.CreateDirectory(data);
            var asPostgres = Environment.UserName == "root";
            if (asPostgres)
            {
                Run("chown", ["postgres", data], asPostgres: false);
            }

            var cluster = new Cluster(bin, data, asPostgres, FreePort());
            var port = new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Port;
            cluster.Tool("initdb", ["-D", data, "-U", "kabuto", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
            cluster.Tool("pg_ctl", ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"]);
            return cluster;
        }

        private void Stop()
        {
            try
            {
                Tool("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]);
            }
            finally
            {
                Remove(_data);
            }
        }

        /// <summary>Removes the folders of stopped clusters whose test process is gone (one that exited before its folder
        /// could be deleted).</summary>
        private static void RemoveLeftovers()
        {
            foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "kabuto-pg-*"))
            {
                var pid = Path.GetFileName(folder).Split('-') is [_, _, var id, ..] && int.TryParse(id, out var n) ? n : 0;
                if (pid > 0 && !IsRunning(pid) && !File.Exists(Path.Combine(folder, "postmaster.pid")))
                {
                    Remove(folder);
                }
            }
        }

        private static bool IsRunning(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static void Remove(string folder)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next run's RemoveLeftovers or the OS's temp cleaning.
            }
        }

        private void Tool(string name, string[] arguments) => Run(Path.Combine(_bin, name), arguments, _asPostgres);

        private static void Run(string file, string[] arguments, bool asPostgres)
        {
            var start = asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. arguments]) : new ProcessStartInfo(file, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.WorkingDirectory = Path.GetTempPath();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}{output.Result}");
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

/// <summary>One database of the test server, dropped (with its connections) on dispose.</summary>
public sealed class TestDatabase(string server, string connectionString, string name) : IDisposable
{
    /// <summary>Npgsql's keyword connection string, as --db or $KABUTO_DB accept it.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>The same database as a postgres:// URI (the other form --db accepts).</summary>
    public string Uri
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            var password = string.IsNullOrEmpty(b.Password) ? string.Empty : $":{System.Uri.EscapeDataString(b.Password)}";
            return $"postgres://{System.Uri.EscapeDataString(b.Username ?? "postgres")}{password}@{b.Host}:{b.Port}/{b.Database}";
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

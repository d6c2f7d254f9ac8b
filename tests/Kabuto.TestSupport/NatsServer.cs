using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kabuto.TestSupport;

/// <summary>A private nats-server (Debian's package) with JetStream, on a free loopback port with its store in a temp
/// folder; killed and deleted on dispose. Without nats-server installed, <see cref="StartOrSkip"/> returns null
/// locally (the test returns early) and throws under CI=true, so a green CI always ran against a real server.</summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _store;

    private NatsServer(Process process, TempDirectory store, int port)
    {
        _process = process;
        _store = store;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public static NatsServer? StartOrSkip()
    {
        var executable = Locate();
        if (executable is null)
        {
            return SharedData.InCi
                ? throw new InvalidOperationException("nats-server is not installed: run .ci/install (apt-get install nats-server)")
                : null;
        }

        var store = new TempDirectory();
        var port = FreePort();
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-js", "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", store.Path })
        {
            info.ArgumentList.Add(arg);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Server is ready", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!ready.Task.Wait(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            store.Dispose();
            throw new InvalidOperationException($"nats-server on port {port} did not report ready within 20 s");
        }

        return new NatsServer(process, store, port);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            _store.Dispose();
        }
    }

    private static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator).Append("/usr/sbin").Append("/usr/bin")
            .Select(folder => Path.Combine(folder, "nats-server"))
            .FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kabuto.TestSupport;

/// <summary>The real CLI (kabuto.dll beside the test binary) as a child process, its output lines kept with the time
/// they arrived. Kill() is kill -9 (SIGKILL): the process gets no chance to clean up. It runs in a fresh folder without
/// $KABUTO_DB, so a command given no --db keeps its store there, not in the test binary's folder or the developer's.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _workingDirectory = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, string Line)> _lines = new();

    public CliProcess(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workingDirectory.Path,
        };
        info.Environment.Remove("KABUTO_DB");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kabuto.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<(DateTimeOffset At, string Line)> Lines => [.. _lines];

    /// <summary>The first line containing <paramref name="text"/>, waiting up to <paramref name="timeout"/>.</summary>
    public (DateTimeOffset At, string Line)? WaitFor(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var line in _lines)
            {
                if (line.Line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                break;
            }

            Thread.Sleep(50);
        }

        return null;
    }

    /// <summary>Waits for the process to end and returns its exit code (its output lines are all kept by then).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"kabuto {string.Join(' ', _process.StartInfo.ArgumentList.Skip(1))} did not end within {timeout.TotalSeconds:0} s");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, no clean-up.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _workingDirectory.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue((DateTimeOffset.UtcNow, line));
        }
    }
}

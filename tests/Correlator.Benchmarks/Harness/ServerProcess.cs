using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Harness;

/// <summary>
/// A server under test, run as a child process on 127.0.0.1 so that its memory and CPU are its own: either the real
/// Correlator.Server from its build output (same configuration as this program), or one of the reference endpoints
/// this program serves itself (<see cref="BareServer"/>, <see cref="DurableServer"/>). Killed with its process tree on
/// dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The operator key the real server wrote on its first start; null for the bare endpoint.</summary>
    public string? Key { get; private set; }

    public long ResidentBytes => ProcessMemory.ResidentBytes(process.Id);

    /// <summary>CPU time the server has used so far, all threads together.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>Starts Correlator.Server on a data folder (created when missing) and waits until /healthz answers.</summary>
    public static async Task<ServerProcess> StartCorrelatorAsync(string dataFolder, IEnumerable<string> extra, TimeSpan timeout)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Correlator.Server", "bin", Configuration, "net10.0", "Correlator.Server.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the server first (dotnet build -c {Configuration}); not found", dll);
        }
        Directory.CreateDirectory(dataFolder);
        var port = Ports.Free();
        string[] args =
        [
            dll,
            "--urls", $"http://127.0.0.1:{port}",
            $"--Correlator:StoragePath={Path.Combine(dataFolder, "correlator.db")}",
            $"--Correlator:SeedsPath={RepositoryPaths.Seeds}",
            // Benchmarks measure the system, not the rate limiter.
            "--Correlator:Security:RequestsPerMinute=100000000",
            "--Correlator:Security:AnonymousRequestsPerMinute=100000000",
            .. extra,
        ];
        var server = Start(args, Path.GetDirectoryName(dll)!, port);
        await server.WaitHealthyAsync(timeout);
        var keyFile = Path.Combine(dataFolder, "operator.key");
        server.Key = File.Exists(keyFile) ? (await File.ReadAllTextAsync(keyFile)).Trim() : null;
        return server;
    }

    /// <summary>Starts this program in its bare-server mode and waits until it answers.</summary>
    public static Task<ServerProcess> StartBareAsync(TimeSpan timeout) => StartReferenceAsync([BareServer.Command], timeout);

    /// <summary>Starts this program in its durable-server mode on a data folder and waits until it answers.</summary>
    public static Task<ServerProcess> StartDurableAsync(string dataFolder, TimeSpan timeout)
    {
        Directory.CreateDirectory(dataFolder);
        return StartReferenceAsync([DurableServer.Command], timeout, dataFolder);
    }

    /// <summary>
    /// A reference endpoint served by this program as a child process, with server GC as the real server has, so that
    /// the comparison is of the work done and not of the collector.
    /// </summary>
    private static async Task<ServerProcess> StartReferenceAsync(string[] command, TimeSpan timeout, params string[] extra)
    {
        var port = Ports.Free();
        var self = Assembly.GetEntryAssembly()!.Location;
        var server = Start([self, .. command, port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extra], AppContext.BaseDirectory, port, serverGc: true);
        await server.WaitHealthyAsync(timeout);
        return server;
    }

    /// <summary>The first output line that matches, waiting for it to appear.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            if (process.HasExited)
            {
                break;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("The server did not print the expected line. Last lines:\n" + string.Join('\n', lines.TakeLast(20)));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM first so the server shuts down in order (log flushed), then make sure.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
    }

    private static ServerProcess Start(IEnumerable<string> args, string workingDirectory, int port, bool serverGc = false)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (serverGc)
        {
            info.Environment["DOTNET_gcServer"] = "1";
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode}:\n" + string.Join('\n', lines.TakeLast(30)));
            }
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The server at {Address} did not answer /healthz within {timeout}.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lines.Enqueue(line);
        // Only recent output is kept: a long ingest run logs a line per post.
        while (lines.Count > 5000 && lines.TryDequeue(out _))
        {
        }
    }
}

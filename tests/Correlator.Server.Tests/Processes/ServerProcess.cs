using System.Diagnostics;
using System.Net;

namespace Correlator.Server.Tests.Processes;

/// <summary>
/// The real server as a separate process on a loopback port, so a test can kill it with SIGKILL as a crash would and
/// start it again on the same data folder.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    // Kestrel's own line, "Now listening on: http://127.0.0.1:PORT", logged under this category.
    private const string LifetimeCategory = "Microsoft.Hosting.Lifetime";
    private const string ListeningOn = "Now listening on: ";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;

    private ServerProcess(Process process, Uri address, string folder)
    {
        this.process = process;
        Address = address;
        Folder = folder;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public string Folder { get; }

    public HttpClient Client { get; }

    public string OperatorKey => File.ReadAllText(Path.Combine(Folder, "operator.key")).Trim();

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Correlator.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("Correlator.sln not found above the test binaries.");
        }
    }

    /// <summary>The build output of a project of ours in the configuration the tests were built in.</summary>
    public static string BuildOutput(string project)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot, "src", project, "bin", configuration, "net10.0");
    }

    /// <summary>
    /// Starts the server built in the same configuration as the tests and waits until /healthz answers. The server
    /// binds a port of its own choosing and says which: a port picked free beforehand could be taken by another test's
    /// server in the meantime, and /healthz would then answer from the wrong process.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string folder, params string[] settings)
    {
        var project = Path.Combine(RepositoryRoot, "src", "Correlator.Server");
        var dll = Path.Combine(BuildOutput("Correlator.Server"), "Correlator.Server.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", $"--Correlator:StoragePath={Path.Combine(folder, "correlator.db")}",
                     "--Logging:LogLevel:Default=Warning", $"--Logging:LogLevel:{LifetimeCategory}=Information",
                     "--Correlator:Security:RequestsPerMinute=100000000" }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, line) =>
        {
            var at = line.Data?.IndexOf(ListeningOn, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line.Data![(at + ListeningOn.Length)..].Trim()));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!listening.Task.IsCompleted)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var why = process.HasExited
                    ? $"The server exited with {process.ExitCode} before it was listening."
                    : "The server did not say where it listens in time.";
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException(why);
            }
            await Task.WhenAny(listening.Task, Task.Delay(100));
        }
        var server = new ServerProcess(process, await listening.Task, folder);
        try
        {
            await server.WaitUntilHealthyAsync(deadline);
            return server;
        }
        catch
        {
            // Not left running for the rest of the test run.
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(DateTime deadline)
    {
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode} before it was healthy.");
            }
            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    Client.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The server did not answer /healthz in time.");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the graceful shutdown an operator's service manager asks for.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!process.HasExited)
        {
            Posix.Terminate(process.Id);
        }
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Client.Dispose();
        process.Dispose();
    }
}

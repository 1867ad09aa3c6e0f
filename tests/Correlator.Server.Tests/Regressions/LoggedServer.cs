using Correlator.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Correlator.Server.Tests.Regressions;

/// <summary>A test server whose log entries a test can read.</summary>
public sealed class LoggedServer : CorrelatorServer
{
    public CapturedLog Log { get; } = new();

    protected override void AddServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
}

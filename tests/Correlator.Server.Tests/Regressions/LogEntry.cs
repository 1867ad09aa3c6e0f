using Microsoft.Extensions.Logging;

namespace Correlator.Server.Tests.Regressions;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

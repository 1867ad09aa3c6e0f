namespace Correlator.Storage;

public enum LogStream
{
    Reports,
    Events,
}

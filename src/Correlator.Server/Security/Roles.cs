using Correlator.Storage;

namespace Correlator.Server.Security;

/// <summary>Who may do what: writing needs an operator key; reading a viewer or operator key when so configured.</summary>
public static class Roles
{
    public const string Operator = ApiKeys.Operator;
    public const string Viewer = ApiKeys.Viewer;

    public const string WritePolicy = "write";
    public const string ReadPolicy = "read";
}

using Correlator.Storage.Tests.Contract;

namespace Correlator.Storage.Tests.Sqlite;

public sealed class SqliteStoreContractTests() : StorageContract(new SqliteStoreFactory());

using Microsoft.EntityFrameworkCore;

namespace Samenspel.Web.Tests.Infrastructure;

/// <summary>The ids of people the demo organisation seeds (see <see cref="Samenspel.Web.Data.DemoSeed"/>), looked up
/// by the name or e-mail address the seed gives them. Data a test asserts on it builds itself, with the builders here.</summary>
public static class DemoPeople
{
    public static Task<Guid> YouthAsync(this SamenspelFactory factory, string givenName) =>
        factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == givenName).Select(y => y.Id).SingleAsync());

    public static Task<Guid> CarerAsync(this SamenspelFactory factory, string name) =>
        factory.WithDbAsync(db => db.Carers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public static Task<Guid> StaffAsync(this SamenspelFactory factory, string name) =>
        factory.WithDbAsync(db => db.Staff.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public static Task<Guid> StaffIdAsync(this SamenspelFactory factory, string email) =>
        factory.WithDbAsync(db => db.Staff.Where(s => s.Email == email).Select(s => s.Id).SingleAsync());

    /// <summary>The id of the sign-in account with this e-mail address.</summary>
    public static Task<Guid> UserIdAsync(this SamenspelFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

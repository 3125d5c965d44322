using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Onboarding;

/// <summary>Who is sent the start information of one youth: each linked carer the access policy lets read the
/// register (so not the parents of an adult youth, unless a court appointed them), and the youth when they have an
/// account or an e-mail address. The same <see cref="AccessPolicy"/> that guards the pages decides, for the
/// recipient instead of the signed-in viewer.</summary>
public static class StartPeople
{
    public sealed record Person(string Name, string Email, AccountKind Kind, Guid? UserId, Guid? CarerId);

    public static bool MayReadRegister(Relation relation, DateOnly birthDate, DateOnly today, bool shielded) =>
        AccessPolicy.Decide(new AccessQuery(relation, Age.BandOn(birthDate, today), DataCategory.Register, AccessAction.Read, shielded)).Allowed;

    public static async Task<List<Person>> ForYouthAsync(SamenspelDb db, Youth youth, DateOnly today, CancellationToken ct)
    {
        var links = await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == youth.Id)
            .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new
            {
                c.Id, c.Name, c.Email, c.UserId, l.Position, l.AuthoritySince, l.CourtAppointed,
                Shielded = db.CategoryShields.Any(s => s.YouthId == l.YouthId && s.CarerId == c.Id && s.ShieldedCategory == DataCategory.Register),
            })
            .OrderBy(x => x.Name)
            .ToListAsync(ct);
        var people = links
            .Where(l => MayReadRegister(new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed), youth.BirthDate, today, l.Shielded))
            .Select(l => new Person(l.Name, l.Email, AccountKind.Carer, l.UserId, l.Id))
            .ToList();
        var youthEmail = youth.Email
            ?? (youth.UserId is { } uid ? await db.Users.Where(u => u.Id == uid).Select(u => u.Email).SingleOrDefaultAsync(ct) : null);
        if (youthEmail is not null) people.Add(new Person(youth.FullName, youthEmail, AccountKind.Youth, youth.UserId, null));
        return people;
    }

    /// <summary>The person's account, made without a password when missing (as an invitation does) and linked to
    /// the carer or youth. Null with the reason when it cannot be made, for example when the address is taken.</summary>
    public static async Task<(AppUser? User, string? Error)> AccountAsync(SamenspelDb db, UserManager<AppUser> users, Person person, Guid organisationId, Guid youthId)
    {
        if (person.UserId is { } id && await users.FindByIdAsync(id.ToString()) is { } existing) return (existing, null);
        var user = new AppUser { UserName = person.Email, Email = person.Email, DisplayName = person.Name, Kind = person.Kind, OrganisationId = organisationId };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (null, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (person.CarerId is { } carerId) (await db.Carers.SingleAsync(c => c.Id == carerId)).UserId = user.Id;
        else (await db.Youths.SingleAsync(y => y.Id == youthId)).UserId = user.Id;
        await db.SaveChangesAsync();
        return (user, null);
    }
}

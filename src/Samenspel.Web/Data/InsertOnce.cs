using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Samenspel.Web.Data;

public static class InsertOnce
{
    /// <summary>
    /// Stores <paramref name="entity"/> once per form submission. Its Guid <c>Id</c> is the form's SubmissionId, made
    /// when the form was shown, so Back-and-send-again or a double click stores one row: the first. Whatever else the
    /// caller added to the context is saved with it, or dropped when the submission was stored before.
    /// True when the row is stored, now or by this same submission earlier (<paramref name="sameSubmission"/>: the
    /// same author, youth, thread…). False when the id belongs to another record (a reused or forged id): nothing is
    /// stored, and the caller must not say it was saved.
    /// </summary>
    public static async Task<bool> InsertOnceAsync<T>(this SamenspelDb db, T entity, Expression<Func<T, bool>> sameSubmission, CancellationToken ct)
        where T : class
    {
        var id = db.Entry(entity).Property<Guid>("Id").CurrentValue;
        var stored = db.Set<T>().AsNoTracking().Where(e => EF.Property<Guid>(e, "Id") == id);
        if (await stored.AnyAsync(ct))
        {
            db.ChangeTracker.Clear();
            return await stored.AnyAsync(sameSubmission, ct);
        }
        db.Set<T>().Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A second submit raced the first past the check above; the key kept it to one row.
            db.ChangeTracker.Clear();
            if (!await stored.AnyAsync(ct)) throw;
            return await stored.AnyAsync(sameSubmission, ct);
        }
    }

    /// <summary>The answer when <see cref="InsertOnceAsync"/> said false: the form's id is another record's (another
    /// author's, another youth's, or a forged id). Nothing was stored, so the form comes back with what was typed, a
    /// plain Dutch error on <paramref name="field"/>, and a fresh id (returned) to send it again with.</summary>
    public static Guid Refuse(ModelStateDictionary state, string field, IStringLocalizer t)
    {
        state.AddModelError(field, t["Dit is niet opgeslagen. Kijk het formulier na en verstuur het opnieuw."]);
        return Guid.CreateVersion7();
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspel.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I11Parents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharedWithCarers",
                table: "ContactLog",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SharedWithCarers",
                table: "Agreements",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithCarers",
                table: "ContactLog");

            migrationBuilder.DropColumn(
                name: "SharedWithCarers",
                table: "Agreements");
        }
    }
}

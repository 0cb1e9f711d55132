import { fieldSchemaXml, xmlAttr } from '../../../src/data/schema/schemaXml';

describe('fieldSchemaXml', () => {
  it('fixes the internal name through Name and StaticName, and marks indexes', () => {
    expect(fieldSchemaXml({ internalName: 'CurrentDueDate', displayName: 'Current due date', type: 'DateTime', dateOnly: true, indexed: true })).toBe(
      '<Field Type="DateTime" Name="CurrentDueDate" StaticName="CurrentDueDate" DisplayName="Current due date" Required="FALSE" Indexed="TRUE" Format="DateOnly"/>'
    );
  });

  it('writes choices in order, escaped', () => {
    expect(fieldSchemaXml({ internalName: 'Source', displayName: 'Source', type: 'Choice', required: true, choices: ['A&B', '<x>'] })).toBe(
      '<Field Type="Choice" Name="Source" StaticName="Source" DisplayName="Source" Required="TRUE" Format="Dropdown"><CHOICES><CHOICE>A&amp;B</CHOICE><CHOICE>&lt;x&gt;</CHOICE></CHOICES></Field>'
    );
  });

  it('points a lookup at the target list id and shows its Title', () => {
    expect(fieldSchemaXml({ internalName: 'Theme', displayName: 'Theme', type: 'Lookup', lookupListTitle: 'Plan Themes', indexed: true }, 'abc')).toBe(
      '<Field Type="Lookup" Name="Theme" StaticName="Theme" DisplayName="Theme" Required="FALSE" Indexed="TRUE" List="{abc}" ShowField="Title"/>'
    );
  });

  it('refuses a lookup whose target id is not known yet', () => {
    expect(() => fieldSchemaXml({ internalName: 'Theme', displayName: 'Theme', type: 'Lookup', lookupListTitle: 'Plan Themes' })).toThrow(
      'Column Theme looks up Plan Themes, whose id is not known yet.'
    );
  });

  it('writes people, several people, plain-text notes, links and yes/no columns', () => {
    expect(fieldSchemaXml({ internalName: 'Lead', displayName: 'Lead', type: 'User' })).toBe(
      '<Field Type="User" Name="Lead" StaticName="Lead" DisplayName="Lead" Required="FALSE" UserSelectionMode="PeopleOnly" UserSelectionScope="0" ShowField="ImnName"/>'
    );
    expect(fieldSchemaXml({ internalName: 'Delegates', displayName: 'Delegates', type: 'User', multiple: true })).toContain(' Mult="TRUE"');
    expect(fieldSchemaXml({ internalName: 'IssuesJson', displayName: 'Issues', type: 'Note', description: 'JSON "kept" by the app' })).toBe(
      '<Field Type="Note" Name="IssuesJson" StaticName="IssuesJson" DisplayName="Issues" Required="FALSE" Description="JSON &quot;kept&quot; by the app" NumLines="6" RichText="FALSE" UnlimitedLengthInDocumentLibrary="TRUE"/>'
    );
    expect(fieldSchemaXml({ internalName: 'Link', displayName: 'Link', type: 'URL' })).toContain('Format="Hyperlink"');
    expect(fieldSchemaXml({ internalName: 'OverrideAt', displayName: 'At', type: 'DateTime' })).toContain('Format="DateTime"');
    expect(fieldSchemaXml({ internalName: 'Statutory', displayName: 'Statutory', type: 'Boolean' })).toBe(
      '<Field Type="Boolean" Name="Statutory" StaticName="Statutory" DisplayName="Statutory" Required="FALSE"/>'
    );
  });

  it('escapes every XML-special character in attribute values', () => {
    expect(xmlAttr(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&apos;d&lt;e&gt;f');
  });
});

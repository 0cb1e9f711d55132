import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

import * as strings from 'ImprovementPlanWebPartStrings';
import { AppFrame } from '../../ui/app/AppFrame';
import { fluentThemeFor } from '../../ui/theme/teamsTheme';
import { readTeamsTheme, onTeamsThemeChange } from '../../host/spfx/teamsContext';

/** Properties a page author sets in the property pane. */
export interface IImprovementPlanWebPartProps {
  /** Absolute URL of the site holding the plan lists; blank means the current site. */
  siteUrl?: string;
}

/**
 * The SPFx web part: deliberately thin. It reads the host (SharePoint page or Teams tab) and
 * renders the shared React app; everything else lives in src/ui, src/data and src/host.
 */
export default class ImprovementPlanWebPart extends BaseClientSideWebPart<IImprovementPlanWebPartProps> {
  private teamsTheme: string | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.teamsTheme = await readTeamsTheme(this.context);
    onTeamsThemeChange(this.context, (theme) => {
      this.teamsTheme = theme;
      this.render();
    });
  }

  public render(): void {
    const element = React.createElement(AppFrame, {
      theme: fluentThemeFor(this.teamsTheme),
      idPrefix: `ipt-${this.instanceId}-`
    });
    ReactDom.render(element, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlFieldLabel,
                  description: strings.SiteUrlFieldDescription
                })
              ]
            }
          ]
        }
      ]
    };
  }
}

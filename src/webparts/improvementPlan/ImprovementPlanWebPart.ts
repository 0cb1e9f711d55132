import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

import * as strings from 'ImprovementPlanWebPartStrings';
import { startPlanLoadEarly } from '../../host/startPlanLoadEarly';
import { createSpfxHost, onSiteThemeChange, onTeamsThemeChange, type SpfxHost } from '../../host/spfx/spfxHost';

/** Properties a page author sets in the property pane. */
export interface IImprovementPlanWebPartProps {
  /** Absolute URL of the site holding the plan lists; blank means the site the tenant property names, else the current site. */
  siteUrl?: string;
}

/**
 * The SPFx web part: deliberately thin. It asks src/host for the services and the host's
 * facts (Teams or SharePoint, theme, deep link) and renders the shared React app.
 */
export default class ImprovementPlanWebPart extends BaseClientSideWebPart<IImprovementPlanWebPartProps> {
  private host: SpfxHost | undefined;
  private view: typeof import('./planAppView') | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const host = await createSpfxHost(this.context, this.properties.siteUrl);
    // The plan is read while the screens download, instead of after them.
    host.services = startPlanLoadEarly(host.services);
    this.host = host;
    this.view = await import(/* webpackChunkName: 'plan-app' */ './planAppView');
    onTeamsThemeChange(this.context, (theme) => {
      if (this.host) this.host.teamsTheme = theme;
      this.render();
    });
    onSiteThemeChange(this.context, this, (theme) => {
      if (this.host) this.host.siteTheme = theme;
      this.render();
    });
  }

  public render(): void {
    if (this.host && this.view) this.view.renderPlanApp(this.domElement, this.host, this.instanceId);
  }

  protected onDispose(): void {
    this.view?.unmountPlanApp(this.domElement);
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

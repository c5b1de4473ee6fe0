// Given names and titles that tell a he from a she, so a pronoun skips antecedents of the other
// gender. Common English-language news names; an unknown name agrees with both, so names given
// to both (Terry, Pat, Jordan, Sam, Alex, Jesse, Dana, Lynn) are left out. Data only.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const FEMALE_NAMES = words(`
 hillary chelsea carly nikki sarah kellyanne elizabeth nancy michelle melania ivanka debbie donna
 huma jennifer jessica karen kate katie kathleen katherine catherine kathy laura linda lisa lori
 maria mary margaret marsha megyn meghan megan melissa amy ann anne anna barbara betsy claire
 condoleezza diane dianne elaine ellen emily hope jane janet jeanne jeanine jill joan joni judy julia
 julie kamala kirsten kristen madeleine marine martha maxine nicole patricia
 patty rachel rebecca rosie samantha sandra sharon shannon stephanie susan susana suzanne tammy
 theresa tina tulsi valerie victoria wendy zoe alice amanda angela ashley brenda carol caroline
 christine cynthia deborah dorothy emma eva grace heather helen irene jacqueline joyce kimberly
 louise marie mia monica natalie olivia pam pamela paula peggy ruth sally sara sheila shirley
 sophia stacy teresa ursula vanessa virginia gwen heidi jeanne keisha latoya tamara erin 
 andrea gina joanne marilyn loretta penny cathy cindy beth bernadette mazie tammy gretchen
`);

export const MALE_NAMES = words(`
 donald ted marco jeb ben john chris rand bernie barack joe mike mitt paul rick scott bobby
 george bill jim james robert michael david richard charles thomas mark steven steve
 kevin brian jason jeff jeffrey gary larry jerry tim timothy eric frank peter harry henry jack
 reince corey roger newt rudy sean stephen tom tony walter william dick al martin anthony andrew
 brent carl dan daniel dennis doug douglas ed edward fred gregory greg jon jonathan jose josh
 keith ken kenneth luis matt matthew nick patrick ray raymond ron ronald russ ryan samuel
 travis trey tyler vince wayne zach adam alan bruce chuck craig dave derek elijah
 ethan evan gabriel hank ian jake jared jimmy joel justin kyle lamar lance lou mitch
 nathan neil orrin phil rob roy shane stuart ted ty wade will xavier
`);

export const FEMALE_TITLES = words('mrs. mrs ms. ms miss madam lady queen princess congresswoman chairwoman spokeswoman');
export const MALE_TITLES = words('mr. mr sir lord king prince congressman chairman spokesman');
